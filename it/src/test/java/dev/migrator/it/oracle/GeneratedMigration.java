package dev.migrator.it.oracle;

import dev.migrator.Migration;
import dev.migrator.OperationRecorder;
import dev.migrator.operation.Operation;
import dev.migrator.render.Downgrade;
import dev.migrator.render.MigrationRenderer;
import dev.migrator.render.MigrationSpec;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A migration taken through the real generated Java: rendered with {@link MigrationRenderer},
 * compiled in-process with {@code javax.tools}, loaded and run against an
 * {@link OperationRecorder}. What it records is what the oracle applies, so the comparison proves
 * the generated code round-trips, not just the in-memory operations.
 */
public record GeneratedMigration(String source, List<Operation> upgrade, List<Operation> downgrade) {
    private static final String PACKAGE = "oracle.generated";

    /**
     * Renders, compiles and records a migration of {@code operations}.
     *
     * @param revision the migration's sequence number in its chain (1 for the first)
     */
    public static GeneratedMigration of(String what, int revision, List<Operation> operations) {
        return of(what, revision, operations, Downgrade.of(operations));
    }

    /** Renders, compiles and records a migration of {@code operations} whose downgrade is {@code downgrade}. */
    public static GeneratedMigration of(String what, int revision, List<Operation> operations, List<Operation> downgrade) {
        String source = render(what, revision, operations, downgrade);
        Migration migration = compileAndLoad(what, className(revision), source);
        return new GeneratedMigration(source, OperationRecorder.upgradeOf(migration), OperationRecorder.downgradeOf(migration));
    }

    /** The source of migration number {@code revision} of a chain: id {@code 000N_oracle}, following the one before. */
    public static String render(String what, int revision, List<Operation> operations) {
        return render(what, revision, operations, Downgrade.of(operations));
    }

    /** As {@link #render(String, int, List)}, with the given downgrade. */
    public static String render(String what, int revision, List<Operation> operations, List<Operation> downgrade) {
        String id = revisionId(revision);
        List<String> parents = revision == 1 ? List.of() : List.of(revisionId(revision - 1));
        return MigrationRenderer.render(new MigrationSpec(
                PACKAGE, className(revision), id, parents, what, operations, downgrade));
    }

    public static String revisionId(int revision) {
        return String.format("%04d_oracle", revision);
    }

    public static String qualifiedClassName(int revision) {
        return PACKAGE + "." + className(revision);
    }

    private static String className(int revision) {
        return String.format("V%04d_Oracle", revision);
    }

    private static Migration compileAndLoad(String what, String className, String source) {
        try {
            Path root = compile(what, java.util.Map.of(className, source));
            ClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, GeneratedMigration.class.getClassLoader());
            return (Migration) loader.loadClass(PACKAGE + "." + className).getDeclaredConstructor().newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot load the generated migration of " + what, e);
        }
    }

    /** Compiles generated sources (simple class name → source) into a new directory, which it returns. */
    public static Path compile(String what, java.util.Map<String, String> sources) {
        try {
            Path root = Files.createTempDirectory("oracle-migration");
            List<String> arguments = new java.util.ArrayList<>(
                    List.of("-proc:none", "--release", "17", "-classpath", testClassPath(), "-d", root.toString()));
            for (var entry : sources.entrySet()) {
                Path file = root.resolve(PACKAGE.replace('.', '/')).resolve(entry.getKey() + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
                arguments.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            StringWriter errors = new StringWriter();
            int status = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
                        @Override
                        public void write(int b) {
                            errors.write(b);
                        }
                    }, true, StandardCharsets.UTF_8),
                    arguments.toArray(String[]::new));
            if (status != 0) {
                throw new AssertionError("the generated migrations of " + what + " do not compile:\n" + errors + "\n"
                        + String.join("\n", sources.values()));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test class path, for in-process javac runs. Surefire runs tests from a manifest-only jar;
     * it publishes the real class path separately.
     */
    public static String testClassPath() {
        String path = System.getProperty("surefire.test.class.path");
        return path != null ? path : System.getProperty("java.class.path", "") + File.pathSeparator;
    }
}
