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
        String id = String.format("%04d_oracle", revision);
        String className = String.format("V%04d_Oracle", revision);
        List<String> parents = revision == 1 ? List.of() : List.of(String.format("%04d_oracle", revision - 1));
        String source = MigrationRenderer.render(new MigrationSpec(
                PACKAGE, className, id, parents, what, operations, Downgrade.of(operations)));
        Migration migration = compileAndLoad(what, className, source);
        return new GeneratedMigration(source, OperationRecorder.upgradeOf(migration), OperationRecorder.downgradeOf(migration));
    }

    private static Migration compileAndLoad(String what, String className, String source) {
        try {
            Path root = Files.createTempDirectory("oracle-migration");
            Path file = root.resolve(PACKAGE.replace('.', '/')).resolve(className + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            StringWriter errors = new StringWriter();
            int status = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
                        @Override
                        public void write(int b) {
                            errors.write(b);
                        }
                    }, true, StandardCharsets.UTF_8),
                    "-proc:none", "--release", "17", "-classpath", testClassPath(), "-d", root.toString(), file.toString());
            if (status != 0) {
                throw new AssertionError("the generated migration of " + what + " does not compile:\n" + errors + "\n" + source);
            }
            ClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, GeneratedMigration.class.getClassLoader());
            return (Migration) loader.loadClass(PACKAGE + "." + className).getDeclaredConstructor().newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot load the generated migration of " + what, e);
        }
    }

    /** Surefire runs tests from a manifest-only jar; it publishes the real class path separately. */
    private static String testClassPath() {
        String path = System.getProperty("surefire.test.class.path");
        return path != null ? path : System.getProperty("java.class.path", "") + File.pathSeparator;
    }
}
