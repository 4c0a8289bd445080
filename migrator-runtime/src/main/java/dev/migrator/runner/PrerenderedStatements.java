package dev.migrator.runner;

import dev.migrator.MigrationException;
import dev.migrator.MigrationInfo;
import dev.migrator.dialect.Dialect;
import dev.migrator.operation.Operation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The upgrade statements of migrations, rendered for one dialect by the build
 * ({@code migrator:index}, next to the index's metadata), so that applying a migration needs neither
 * its class nor the dialect: loading, initialising and recording a thousand migration classes costs
 * more than running their statements. Resource {@value #DIRECTORY}{@code <dialect>.list}:
 * <pre>
 * #migrator-statements:1 runtime=0.1.0
 * &#64; 0002_add_email 9f…(64 hex checksum of the upgrade)
 * = alter table customer add column email varchar(255)
 * </pre>
 * A {@code @} line starts a migration (form-encoded id, checksum), each {@code =} line is one
 * statement with {@code \} escaped as {@code \\}, line feed as {@code \n} and carriage return as
 * {@code \r}. Only migrations whose upgrade is SQL alone are written; one with a Java step, or that
 * this dialect cannot express, is absent and runs from its class.
 *
 * <p>What the runtime trusts: statements are used for a migration whose class was not loaded, only
 * when their checksum equals the index line's checksum, and only from a file written by this same
 * runtime version ({@code runtime=}), because another version may render the same operations
 * differently. Anything else (no file, another format or version, a malformed line) means "load the
 * class", which is always correct. Like the index, the file is derived from the compiled classes by
 * the build that compiled them.
 */
public final class PrerenderedStatements {
    /** The folder of the per-dialect resources on the classpath. */
    public static final String DIRECTORY = "META-INF/migrator/statements/";

    /** The marker (and version) of the first line. */
    static final String FORMAT = "migrator-statements:1";

    private static final PrerenderedStatements NONE = new PrerenderedStatements(Map.of());

    private final Map<String, Rendered> byId;

    private record Rendered(String checksum, List<String> statements) {}

    private PrerenderedStatements(Map<String, Rendered> byId) {
        this.byId = byId;
    }

    /** No statements: every migration runs from its class. */
    public static PrerenderedStatements none() {
        return NONE;
    }

    /** The resource name of {@code dialect}'s statements. */
    public static String resource(Dialect dialect) {
        return DIRECTORY + dialect.name() + ".list";
    }

    /**
     * The statements that the resources of {@code classLoader} hold for {@code dialect} (a migration
     * found in two resources counts with the first, as in the index). Never fails on content: a
     * resource of another format or runtime version, or with a malformed line, is ignored whole.
     */
    public static PrerenderedStatements read(ClassLoader classLoader, Dialect dialect) {
        Map<String, Rendered> byId = new HashMap<>();
        try {
            for (URL resource : Collections.list(classLoader.getResources(resource(dialect)))) {
                try (InputStream in = resource.openStream()) {
                    parse(in).forEach(byId::putIfAbsent);
                }
            }
        } catch (IOException e) {
            throw new MigrationException("cannot read " + resource(dialect) + ": " + e.getMessage(), e);
        }
        return byId.isEmpty() ? NONE : new PrerenderedStatements(byId);
    }

    /**
     * The statements of {@code migration}'s upgrade, if the build rendered them for the checksum the
     * index gives it ({@link MigrationInfo#checksum()}); empty means "run it from its class".
     */
    public Optional<List<String>> upgradeOf(MigrationInfo migration) {
        Rendered rendered = byId.get(migration.id());
        if (rendered == null || !rendered.checksum().equals(migration.checksum())) {
            return Optional.empty();
        }
        return Optional.of(rendered.statements());
    }

    /** How many migrations have statements. */
    public int size() {
        return byId.size();
    }

    /**
     * The resource content for {@code dialect}: the upgrade of each of {@code migrations} (their
     * {@code @Revision} and checksum as {@code info}, their recorded upgrade) whose every step is SQL
     * in that dialect. Deterministic.
     */
    public static String render(List<MigrationCode> migrations, Dialect dialect) {
        StepPlanner planner = new StepPlanner(dialect);
        StringBuilder out = new StringBuilder("#").append(FORMAT).append(" runtime=").append(runtimeVersion()).append('\n');
        for (MigrationCode migration : migrations) {
            statementsOf(planner, migration.upgrade()).ifPresent(statements -> {
                out.append("@ ").append(IndexEntry.encode(migration.info().id())).append(' ')
                        .append(migration.info().checksum()).append('\n');
                statements.forEach(sql -> out.append("= ").append(escape(sql)).append('\n'));
            });
        }
        return out.toString();
    }

    /** The SQL of {@code upgrade}, or empty when a step is Java or the dialect cannot express it. */
    private static Optional<List<String>> statementsOf(StepPlanner planner, List<Operation> upgrade) {
        List<Step> steps;
        try {
            steps = planner.plan(upgrade);
        } catch (RuntimeException cannotRender) {
            // The class reports it with its migration's name when the runtime plans it.
            return Optional.empty();
        }
        List<String> statements = new ArrayList<>(steps.size());
        for (Step step : steps) {
            if (!(step instanceof Step.Sql sql)) {
                return Optional.empty();
            }
            statements.add(sql.sql());
        }
        return Optional.of(statements);
    }

    /** The migrations of one resource, or none when it is not of this format and runtime version. */
    private static Map<String, Rendered> parse(InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Rendered> byId = new HashMap<>();
        try {
            String header = reader.readLine();
            if (header == null || !header.equals("#" + FORMAT + " runtime=" + runtimeVersion())) {
                return Map.of();
            }
            List<String> statements = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("@ ")) {
                    int space = line.indexOf(' ', 2);
                    if (space < 0) {
                        return Map.of();
                    }
                    statements = new ArrayList<>();
                    byId.put(IndexEntry.decode(line.substring(2, space)), new Rendered(line.substring(space + 1), statements));
                } else if (line.startsWith("= ") && statements != null) {
                    statements.add(unescape(line.substring(2)));
                } else if (!line.isEmpty()) {
                    return Map.of();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException malformed) {
            return Map.of();
        }
        return byId;
    }

    static String escape(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 8);
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String line) {
        if (line.indexOf('\\') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == line.length()) {
                throw new IllegalArgumentException("a statement ends with a lone \\");
            }
            switch (line.charAt(i)) {
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> throw new IllegalArgumentException("unknown escape \\" + line.charAt(i));
            }
        }
        return out.toString();
    }

    /** This runtime's version, from the build (resource filtered by Maven); {@code unknown} outside a build. */
    static String runtimeVersion() {
        return RuntimeVersion.VALUE;
    }

    /** Read once: the version cannot change while the runtime is loaded. */
    private static final class RuntimeVersion {
        static final String VALUE = load();

        private static String load() {
            try (InputStream in = PrerenderedStatements.class.getResourceAsStream("runtime.properties")) {
                if (in == null) {
                    return "unknown";
                }
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
