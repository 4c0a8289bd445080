package dev.migrator.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A throwaway project whose entity sources are compiled with javac and the real migrator-processor
 * into {@code target/classes}, as a user's build compiles them: class files and snapshot fragments.
 */
final class EntityProject {
    final Path base;

    EntityProject(Path base) {
        this.base = base;
    }

    Path classes() {
        return base.resolve("target/classes");
    }

    /** Writes {@code sources} (path under src/main/java → text) and compiles them with the processor and {@code options}. */
    EntityProject compile(Map<String, String> sources, String... options) throws IOException {
        Path src = base.resolve("src/main/java");
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
        }
        Files.createDirectories(classes());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(src)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> arguments = new ArrayList<>(List.of("-d", classes().toString(), "-classpath",
                    System.getProperty("java.class.path"), "--release", "17",
                    "-processorpath", processorPath(), "-processor", "dev.migrator.processor.MigratorProcessor"));
            arguments.addAll(List.of(options));
            boolean ok = javac.getTask(null, manager, diagnostics, arguments, null, manager.getJavaFileObjectsFromPaths(files))
                    .call();
            assertThat(ok).as(diagnostics.getDiagnostics().toString()).isTrue();
        }
        return this;
    }

    /**
     * The processor (set by the build, kept off the test class path, see the pom) and what it
     * needs (the runtime, on the test class path).
     */
    private static String processorPath() {
        String processor = System.getProperty("migrator.processor.path");
        assertThat(processor).as("system property migrator.processor.path (set by the pom)").isNotBlank();
        return processor + java.io.File.pathSeparator + System.getProperty("java.class.path");
    }

    /** Writes a resource straight into target/classes, as process-resources would copy it. */
    EntityProject resource(String path, String text) throws IOException {
        Path file = classes().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    VerifyRequest verify(String dialect, Map<String, String> hibernateProperties) {
        return new VerifyRequest(classes(), List.of(), dialect, hibernateProperties);
    }
}
