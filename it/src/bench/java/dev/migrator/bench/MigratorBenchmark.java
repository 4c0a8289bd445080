package dev.migrator.bench;

import dev.migrator.Migration;
import dev.migrator.MigrationIndex;
import dev.migrator.Migrator;
import dev.migrator.OperationRecorder;
import dev.migrator.dialect.Dialect;
import dev.migrator.plugin.command.CommandException;
import dev.migrator.plugin.command.Console;
import dev.migrator.plugin.command.IndexCommand;
import dev.migrator.runner.PrerenderedStatements;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The benchmark of issue 5 (not a test): migrator against Flyway and raw JDBC, measured in one run
 * on the same databases with the same DDL.
 *
 * <p>It generates {@value #MAX} migration classes ({@code create table t_N (id bigint primary key,
 * name varchar(100))} through the Operations API), compiles them with javax.tools into a work
 * directory and lists the first 1,000 or 3,000 of them in a {@value MigrationIndex#RESOURCE} of a
 * dedicated class loader, enriched by the plugin's {@code migrator:index} code (as the build does at
 * process-classes), which also writes the prerendered upgrade statements. Flyway gets one {@code VN__t_N.sql} file per migration holding exactly the
 * statements the dialect renders ({@link Dialect#sql}). Two raw JDBC peers: "DDL only" executes
 * those statements in auto-commit mode on one connection; "same statements" replays exactly the
 * JDBC calls migrator made in that scenario ({@link JdbcTrace}: the DDL, the history table and its
 * rows, the lock, with the same connections and transaction boundaries), so that its ratio is
 * migrator's own overhead. For information, migrator also applies from the classes alone (the
 * prerendered statements hidden), as it does for a migration with a Java step.
 *
 * <p>Every timed run of migrator and Flyway is a whole start-up: configure, load (a fresh class
 * loader for migrator) and migrate. Each figure is the median of {@code -Dbench.reps} runs (default
 * 8; applying: {@code -Dbench.applyReps}, default 5) after one warm-up run, the peers taking turns
 * at going first ({@code timedInTurn}); the warm-up run also records the
 * trace. H2 runs on file databases kept open by one idle connection (as a pool would), so no run
 * pays for opening the file. {@code -Dbench.databases=h2} or {@code postgresql} runs one database
 * only.
 */
public final class MigratorBenchmark {
    static final int MAX = 3000;
    private static final int APPLY = 1000;
    private static final String PACKAGE = "bench.gen";
    /** Held here: java.util.logging keeps loggers only weakly, and a collected logger forgets its level. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.flywaydb"), Logger.getLogger("io.zonky"));

    private final Path work;
    private final int reps;
    private final int applyReps;
    private final Path classes;
    private final List<String> report = new ArrayList<>();
    private final List<Result> results = new ArrayList<>();
    private final List<Result> startupPath = new ArrayList<>();
    private final List<ClassLoading> classLoading = new ArrayList<>();
    private int databaseCounter;

    private MigratorBenchmark(Path work, int reps, int applyReps) {
        this.work = work;
        this.reps = reps;
        this.applyReps = applyReps;
        this.classes = work.resolve("classes");
    }

    public static void main(String[] args) throws Exception {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        Path work = Path.of(System.getProperty("bench.work", "target/bench-work")).toAbsolutePath();
        Path out = Path.of(System.getProperty("bench.out", "target/bench-results.txt")).toAbsolutePath();
        int reps = Integer.getInteger("bench.reps", 8);
        // Applying is measured fewer times: each run creates 3,000 tables, and the run must stay near 5 minutes.
        int applyReps = Integer.getInteger("bench.applyReps", 5);
        deleteTree(work);
        Files.createDirectories(work);
        MigratorBenchmark bench = new MigratorBenchmark(work, reps, applyReps);
        long started = System.nanoTime();
        bench.prepare();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String only = System.getProperty("bench.databases", "postgresql,h2");
            List<Db> databases = Stream.of(new Postgres(postgres), bench.new H2())
                    .filter(db -> only.contains(db.dialect())).toList();
            for (Db db : databases) {
                bench.noop(db, 1000);
                bench.noop(db, 3000);
                bench.apply(db, APPLY);
            }
        }
        bench.print(out, (System.nanoTime() - started) / 1_000_000_000);
    }

    // ------------------------------------------------------------------ preparation

    /** Generates and compiles the migration classes, writes the two indexes and the Flyway scripts. */
    private void prepare() throws IOException {
        Path sources = work.resolve("src").resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(sources);
        Files.createDirectories(classes);
        List<Path> files = new ArrayList<>();
        for (int n = 1; n <= MAX; n++) {
            Path file = sources.resolve(className(n) + ".java");
            Files.writeString(file, source(n), StandardCharsets.UTF_8);
            files.add(file);
        }
        long started = System.nanoTime();
        compile(files);
        log("compiled %d migration classes in %d ms", MAX, (System.nanoTime() - started) / 1_000_000);
        for (int count : new int[] {1000, 3000}) {
            Path index = indexDir(count).resolve(MigrationIndex.RESOURCE);
            Files.createDirectories(index.getParent());
            List<String> lines = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                lines.add(PACKAGE + "." + className(n));
            }
            Files.write(index, lines, StandardCharsets.UTF_8);
            started = System.nanoTime();
            try {
                new IndexCommand(new LogConsole()).execute(indexDir(count), List.of(classes), Path::toString);
            } catch (CommandException e) {
                throw new IllegalStateException(e);
            }
            log("migrator:index wrote the metadata of %d migrations in %d ms", count, (System.nanoTime() - started) / 1_000_000);
        }
        try (URLClassLoader loader = loader(MAX)) {
            for (String dialect : List.of("postgresql", "h2")) {
                Dialect renderer = Dialect.named(dialect);
                for (int count : new int[] {1000, 3000}) {
                    Files.createDirectories(flywayDir(dialect, count));
                }
                for (int n = 1; n <= MAX; n++) {
                    String script = String.join(";\n", statements(loader, renderer, n)) + ";\n";
                    for (int count : new int[] {1000, 3000}) {
                        if (n <= count) {
                            Files.writeString(flywayDir(dialect, count).resolve("V" + n + "__t_" + n + ".sql"), script);
                        }
                    }
                }
            }
        }
    }

    private static String className(int n) {
        return String.format(Locale.ROOT, "M%04d", n);
    }

    private static String id(int n) {
        return String.format(Locale.ROOT, "%04d_t_%d", n, n);
    }

    private static String source(int n) {
        String parents = n == 1 ? "{}" : "\"" + id(n - 1) + "\"";
        return "package " + PACKAGE + ";\n\n"
                + "import static dev.migrator.Dsl.*;\n\n"
                + "import dev.migrator.Migration;\n"
                + "import dev.migrator.Operations;\n"
                + "import dev.migrator.Revision;\n"
                + "import dev.migrator.model.Table;\n\n"
                + "@Revision(id = \"" + id(n) + "\", parents = " + parents + ", message = \"t_" + n + "\")\n"
                + "public final class " + className(n) + " extends Migration {\n"
                + "    private static final Table T = table(\"t_" + n + "\")\n"
                + "            .column(column(\"id\", BIGINT).notNull())\n"
                + "            .column(column(\"name\", varchar(100)))\n"
                + "            .primaryKey(\"id\");\n\n"
                + "    @Override\n"
                + "    public void upgrade(Operations op) {\n"
                + "        op.createTable(T);\n"
                + "    }\n\n"
                + "    @Override\n"
                + "    public void downgrade(Operations op) {\n"
                + "        op.dropTable(T);\n"
                + "    }\n"
                + "}\n";
    }

    private void compile(List<Path> files) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                    "--release", "17", "-proc:none", "-nowarn");
            boolean ok = javac.getTask(null, manager, null, options, null, manager.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                throw new IllegalStateException("the generated migrations do not compile");
            }
        }
    }

    private Path indexDir(int count) {
        return work.resolve("index-" + count);
    }

    private Path flywayDir(String dialect, int count) {
        return work.resolve("flyway-" + dialect + "-" + count);
    }

    /** A class loader that sees the compiled migrations and only the index listing {@code count} of them. */
    private URLClassLoader loader(int count) {
        return loader(count, true);
    }

    /** As {@link #loader(int)}; without {@code statements}, the prerendered statements are not seen. */
    private URLClassLoader loader(int count, boolean statements) {
        try {
            URL[] urls = {indexDir(Math.min(count, 3000)).toUri().toURL(), classes.toUri().toURL()};
            return new IndexLoader(urls, MigratorBenchmark.class.getClassLoader(), statements);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The index and the prerendered statements come from this loader's own URLs only, never from the benchmark's class path. */
    private static final class IndexLoader extends URLClassLoader {
        private final boolean statements;

        IndexLoader(URL[] urls, ClassLoader parent, boolean statements) {
            super(urls, parent);
            this.statements = statements;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.startsWith(PrerenderedStatements.DIRECTORY) && !statements) {
                return Collections.emptyEnumeration();
            }
            return name.startsWith("META-INF/migrator/") ? findResources(name) : super.getResources(name);
        }
    }

    private static List<String> statements(ClassLoader loader, Dialect dialect, int n) {
        try {
            Migration migration = (Migration) Class.forName(PACKAGE + "." + className(n), true, loader)
                    .getConstructor().newInstance();
            return OperationRecorder.upgradeOf(migration).stream().flatMap(op -> dialect.sql(op).stream()).toList();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ scenarios

    /** No-op migrate with {@code count} applied migrations: migrator against Flyway and the same statements. */
    private void noop(Db db, int count) throws Exception {
        log("%s: no-op migrate with %d applied migrations", db.name(), count);
        DataSource migratorDb = db.fresh();
        DataSource flywayDb = db.fresh();
        requireApplied(migrate(migratorDb, count), count);
        requireApplied(flyway(flywayDb, count).migrate().migrationsExecuted, count);
        JdbcTrace trace = new JdbcTrace();
        requireApplied(migrate(trace.recording(migratorDb), count), 0);
        List<Long> migratorTimes = new ArrayList<>();
        List<Long> flywayTimes = new ArrayList<>();
        List<Long> sameTimes = new ArrayList<>();
        List<Long> loadedTimes = new ArrayList<>();
        try (URLClassLoader loader = loader(count)) {
            // The start-up path alone (history query and validation), on a Migrator already configured.
            Migrator loaded = Migrator.configure().dataSource(migratorDb).classLoader(loader).load();
            for (int run = 0; run <= reps; run++) {
                List<Long> times = timedInTurn(db, run, List.of(
                        () -> requireApplied(migrate(migratorDb, count), 0),
                        () -> requireApplied(flyway(flywayDb, count).migrate().migrationsExecuted, 0),
                        () -> trace.replay(migratorDb),
                        () -> requireApplied(loaded.migrate().size(), 0)));
                if (run > 0) {
                    migratorTimes.add(times.get(0));
                    flywayTimes.add(times.get(1));
                    sameTimes.add(times.get(2));
                    loadedTimes.add(times.get(3));
                }
            }
        }
        results.add(new Result("no-op migrate, " + count + " applied", db.name(), median(migratorTimes),
                median(flywayTimes), -1, median(sameTimes), count, trace.executions()));
        startupPath.add(new Result("no-op migrate(), " + count + " applied", db.name(), median(loadedTimes),
                median(flywayTimes), -1, median(sameTimes), count, trace.executions()));
        db.dropAll();
    }

    /** Applying {@code count} migrations to an empty database: migrator, Flyway and the two raw JDBC peers. */
    private void apply(Db db, int count) throws Exception {
        log("%s: applying %d migrations", db.name(), count);
        List<List<String>> statements = new ArrayList<>();
        try (URLClassLoader loader = loader(count)) {
            Dialect dialect = Dialect.named(db.dialect());
            for (int n = 1; n <= count; n++) {
                statements.add(statements(loader, dialect, n));
            }
        }
        JdbcTrace trace = new JdbcTrace();
        List<Long> migratorTimes = new ArrayList<>();
        List<Long> flywayTimes = new ArrayList<>();
        List<Long> ddlTimes = new ArrayList<>();
        List<Long> sameTimes = new ArrayList<>();
        List<Long> classTimes = new ArrayList<>();
        for (int run = 0; run <= applyReps; run++) {
            DataSource m = db.fresh();
            DataSource f = db.fresh();
            DataSource d = db.fresh();
            DataSource j = db.fresh();
            DataSource c = db.fresh();
            // The warm-up run records the JDBC calls that the "same statements" peer replays.
            DataSource mRun = run == 0 ? trace.recording(m) : m;
            List<Long> times = timedInTurn(db, run, List.of(
                    () -> requireApplied(migrate(mRun, count), count),
                    () -> requireApplied(flyway(f, count).migrate().migrationsExecuted, count),
                    () -> requireApplied(ddlOnly(d, statements), count),
                    () -> trace.replay(j),
                    () -> requireApplied(migrateFromClasses(c, count), count)));
            if (run > 0) {
                migratorTimes.add(times.get(0));
                flywayTimes.add(times.get(1));
                ddlTimes.add(times.get(2));
                sameTimes.add(times.get(3));
                classTimes.add(times.get(4));
            }
            db.dropAll();
        }
        results.add(new Result("apply " + count + " migrations", db.name(), median(migratorTimes),
                median(flywayTimes), median(ddlTimes), median(sameTimes), count, trace.executions()));
        classLoading.add(new ClassLoading(db.name(), median(classTimes)));
    }

    /**
     * migrator without the statements {@code migrator:index} prerendered: every migration class is
     * loaded, initialised and recorded, and its operations rendered by the dialect, as for a
     * migration with a Java step. For information: what the prerendered statements save.
     */
    private int migrateFromClasses(DataSource dataSource, int count) throws IOException {
        try (URLClassLoader loader = loader(count, false)) {
            return Migrator.configure().dataSource(dataSource).classLoader(loader).load().migrate().size();
        }
    }

    /** The median time of {@link #migrateFromClasses} for the apply scenario on {@code database}. */
    private record ClassLoading(String database, long nanos) {}

    /** A whole migrator start-up: configuration, loading from a fresh class loader, migrate. */
    private int migrate(DataSource dataSource, int count) throws IOException {
        try (URLClassLoader loader = loader(count)) {
            return Migrator.configure().dataSource(dataSource).classLoader(loader).load().migrate().size();
        }
    }

    private Flyway flyway(DataSource dataSource, int count) {
        return Flyway.configure().dataSource(dataSource).locations("filesystem:" + flywayDir(dialectOf(dataSource), count))
                .load();
    }

    private static String dialectOf(DataSource dataSource) {
        return dataSource instanceof JdbcDataSource ? "h2" : "postgresql";
    }

    /** The DDL statements alone, in auto-commit mode on one connection and one statement: the floor. */
    private static int ddlOnly(DataSource dataSource, List<List<String>> migrations) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (List<String> migration : migrations) {
                for (String sql : migration) {
                    statement.execute(sql);
                }
            }
        }
        return migrations.size();
    }

    private static int requireApplied(int actual, int expected) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + " migrations applied, got " + actual);
        }
        return actual;
    }

    /**
     * The wall time of {@code work}, started from a quiet state: garbage collected and the database
     * server's dirty pages written ({@link Db#quiesce()}), so that no run pays for the run before
     * it (PostgreSQL checkpoints after create/drop database, which the first run of a round would
     * otherwise compete with).
     */
    private static long time(Db db, Callable<?> work) throws Exception {
        db.quiesce();
        System.gc();
        long started = System.nanoTime();
        work.call();
        return System.nanoTime() - started;
    }

    /**
     * The wall times of {@code peers} (each {@link #time timed}), returned in the order given but run
     * in turn: run {@code run} starts with peer {@code run % n}, so that over the runs every peer
     * takes every position (the first run after the databases are made was measured slower,
     * whichever peer it was). The warm-up run (0) keeps the given order: it records the trace that a
     * later peer replays.
     */
    private static List<Long> timedInTurn(Db db, int run, List<Callable<?>> peers) throws Exception {
        int n = peers.size();
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            int peer = (i + run) % n;
            times[peer] = time(db, peers.get(peer));
        }
        List<Long> ordered = new ArrayList<>(n);
        for (long t : times) {
            ordered.add(t);
        }
        return ordered;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    // ------------------------------------------------------------------ databases

    private interface Db {
        String name();

        String dialect();

        /** A new empty database. */
        DataSource fresh() throws SQLException;

        /** Drops the databases made so far. */
        void dropAll() throws Exception;

        /** Lets pending background work of the server finish before a timed run. */
        default void quiesce() throws SQLException {}
    }

    private static final class Postgres implements Db {
        private final EmbeddedPostgres server;
        private final List<String> made = new ArrayList<>();
        private int counter;

        Postgres(EmbeddedPostgres server) {
            this.server = server;
        }

        @Override
        public String name() {
            return "PostgreSQL";
        }

        @Override
        public String dialect() {
            return "postgresql";
        }

        @Override
        public DataSource fresh() throws SQLException {
            String name = "bench_" + ++counter;
            try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
                statement.execute("create database " + name);
            }
            made.add(name);
            return server.getDatabase("postgres", name);
        }

        @Override
        public void quiesce() throws SQLException {
            try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
                statement.execute("checkpoint");
            }
        }

        @Override
        public void dropAll() throws Exception {
            try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
                for (String name : made) {
                    statement.execute("drop database if exists " + name);
                }
            }
            made.clear();
        }
    }

    private final class H2 implements Db {
        private final List<Connection> keepers = new ArrayList<>();

        @Override
        public String name() {
            return "H2 (file)";
        }

        @Override
        public String dialect() {
            return "h2";
        }

        @Override
        public DataSource fresh() throws SQLException {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:file:" + work.resolve("h2").resolve("db" + ++databaseCounter));
            dataSource.setUser("sa");
            keepers.add(dataSource.getConnection());
            return dataSource;
        }

        @Override
        public void dropAll() throws Exception {
            for (Connection keeper : keepers) {
                try (Statement statement = keeper.createStatement()) {
                    statement.execute("shutdown");
                }
                keeper.close();
            }
            keepers.clear();
            deleteTree(work.resolve("h2"));
        }
    }

    // ------------------------------------------------------------------ report

    /** A scenario's medians; a peer that does not apply is {@code -1}. {@code executions}: JDBC statements migrator sent. */
    private record Result(String scenario, String database, long migratorNanos, long flywayNanos, long ddlNanos,
            long sameNanos, int count, int executions) {}

    private void print(Path out, long seconds) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("migrator benchmark: " + Runtime.getRuntime().availableProcessors() + " CPU(s), Java "
                + System.getProperty("java.version") + ", Flyway " + flywayVersion()
                + ", median of " + reps + " (no-op) / " + applyReps + " (apply) runs after 1 warm-up each,");
        lines.add("every migrator/Flyway run a whole start-up (configure + load from a fresh class loader / scan + migrate);"
                + " H2 file databases kept open by an idle connection");
        lines.add("raw JDBC, DDL only: the same DDL statements, auto-commit, one connection;"
                + " raw JDBC, same statements: a replay of every JDBC call migrator made in the scenario"
                + " (DDL, history table and rows, lock; same connections and transactions)");
        lines.add("");
        String header = "%-28s %-11s %11s %11s %11s %11s %7s %9s %9s %9s";
        lines.add(String.format(Locale.ROOT, header, "scenario", "database", "migrator ms", "Flyway ms", "JDBC DDL", "JDBC same",
                "stmts", "/Flyway", "/JDBC DDL", "/JDBC same"));
        for (Result r : results) {
            lines.add(row(r));
        }
        lines.add("");
        lines.add("for information: migrate() on a Migrator already loaded (one history query + validation, no class loading)");
        for (Result r : startupPath) {
            lines.add(row(r));
        }
        lines.add("");
        lines.add("targets (issue 5), on the whole start-up figures; 'raw JDBC' is the same-statements peer:");
        for (Result r : results) {
            String where = r.scenario() + ", " + r.database();
            double flyway = (double) r.migratorNanos() / r.flywayNanos();
            if (r.ddlNanos() < 0) {
                lines.add(target("no-op <= 1/5 of Flyway (" + where + "): " + format(flyway), flyway <= 0.2));
            } else {
                double same = (double) r.migratorNanos() / r.sameNanos();
                double ddl = (double) r.migratorNanos() / r.ddlNanos();
                lines.add(target("applying <= 1.15x raw JDBC, same statements (" + where + "): " + format(same), same <= 1.15));
                lines.add("  [info]    applying against raw JDBC, DDL only (" + where + "): " + format(ddl)
                        + " (no target: migrator also keeps the history and the lock)");
                lines.add(target("applying <= 1/4 of Flyway (" + where + "): " + format(flyway), flyway <= 0.25));
                long classes = classLoading.stream().filter(c -> c.database().equals(r.database())).findFirst()
                        .orElseThrow().nanos();
                lines.add(String.format(Locale.ROOT, "  [info]    without the prerendered statements (%s): migrator loading,"
                        + " recording and rendering the %d migration classes takes %.1f ms, %s of same statements",
                        where, r.count(), ms(classes), format((double) classes / r.sameNanos())));
            }
        }
        for (String database : results.stream().map(Result::database).distinct().toList()) {
            Result small = find(database, 1000);
            Result large = find(database, 3000);
            double growth = (double) large.migratorNanos() / small.migratorNanos();
            double flywayGrowth = (double) large.flywayNanos() / small.flywayNanos();
            lines.add(target("no-op flat from 1,000 to 3,000 (" + database + "): migrator x" + format(growth)
                    + " (Flyway x" + format(flywayGrowth) + "; 'flat' here means at most x1.5, linear would be x3)",
                    growth <= 1.5));
        }
        lines.add("");
        lines.add("total benchmark time: " + seconds + " s");
        String text = String.join("\n", lines) + "\n";
        System.out.println();
        System.out.print(text);
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    private static String row(Result r) {
        return String.format(Locale.ROOT, "%-28s %-11s %11.1f %11.1f %11s %11s %7d %9.3f %9s %9s",
                r.scenario(), r.database(), ms(r.migratorNanos()), ms(r.flywayNanos()), msOrDash(r.ddlNanos()),
                msOrDash(r.sameNanos()), r.executions(), (double) r.migratorNanos() / r.flywayNanos(),
                ratioOrDash(r.migratorNanos(), r.ddlNanos()), ratioOrDash(r.migratorNanos(), r.sameNanos()));
    }

    private static String msOrDash(long nanos) {
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.1f", ms(nanos));
    }

    private static String ratioOrDash(long nanos, long peer) {
        return peer < 0 ? "-" : format((double) nanos / peer);
    }

    private static String flywayVersion() {
        try (var in = Flyway.class.getResourceAsStream("/META-INF/maven/org.flywaydb/flyway-core/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "(version unknown)");
        } catch (IOException e) {
            return "(version unknown)";
        }
    }

    private Result find(String database, int count) {
        return results.stream()
                .filter(r -> r.database().equals(database) && r.ddlNanos() < 0 && r.count() == count)
                .findFirst().orElseThrow();
    }

    private static String target(String what, boolean met) {
        return (met ? "  [met]     " : "  [NOT met] ") + what;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** The index command's console: the benchmark's log. */
    private static final class LogConsole implements Console {
        @Override
        public void info(String line) {
            log("%s", line);
        }

        @Override
        public void warn(String line) {
            log("WARNING %s", line);
        }
    }

    private static void log(String format, Object... args) {
        PrintStream out = System.out;
        out.println("[bench] " + String.format(Locale.ROOT, format, args));
        out.flush();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
