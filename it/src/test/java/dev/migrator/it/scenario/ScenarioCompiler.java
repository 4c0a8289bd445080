package dev.migrator.it.scenario;

import dev.migrator.it.oracle.GeneratedMigration;
import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotAssembler;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles one version of a scenario's entity sources in-process with {@code javac} and the
 * migrator annotation processor, exactly as a user's build would ({@code -Amigrator.dialect} for
 * the database the scenario runs on, {@code -Amigrator.naming} as the scenario says), each version
 * into a directory of its own. The processor's fragments are read back and assembled with
 * {@link SnapshotAssembler}; the classes are loaded in a fresh class loader for Hibernate.
 *
 * <p>A {@code javax.persistence} version is compiled twice: as written for the processor, and as
 * its {@code jakarta.persistence} twin for Hibernate 7, which cannot read javax annotations.
 * Results are cached per (scenario, version, dialect): the golden-file test reuses the suite's.
 */
public final class ScenarioCompiler {
    private static final Map<String, EntityModel> CACHE = new ConcurrentHashMap<>();

    /** Where every compilation of this JVM went: removed when the JVM exits (a full run makes hundreds). */
    private static final Path WORK = workDirectory();

    private ScenarioCompiler() {}

    /** The compiled {@code version} ("before" or "after") of {@code scenario} for {@code dialect}. */
    public static EntityModel compile(Scenario scenario, String version, String dialect) {
        return CACHE.computeIfAbsent(scenario.name() + "/" + version + "/" + dialect, key -> {
            List<Scenario.Source> sources = version.equals("before") ? scenario.before() : scenario.after();
            Path processed = javac(scenario, version, sources, dialect, true);
            Path hibernate = scenario.javax()
                    ? javac(scenario, version + "-jakarta", jakartaTwin(sources), dialect, false)
                    : processed;
            ClassLoader loader = loader(hibernate);
            List<Class<?>> entities = entities(hibernate, loader);
            List<EntitySnapshot> fragments = fragments(processed);
            List<String> fragmentClasses = fragments.stream().map(EntitySnapshot::entityClass).sorted().toList();
            List<String> entityClasses = entities.stream().map(Class::getName).sorted().toList();
            if (!fragmentClasses.equals(entityClasses)) {
                throw new AssertionError(key + ": the processor wrote fragments for " + fragmentClasses
                        + " but the entities are " + entityClasses);
            }
            return new EntityModel(loader, entities, SnapshotAssembler.naming(fragments),
                    SnapshotAssembler.assemble(fragments));
        });
    }

    private static List<Scenario.Source> jakartaTwin(List<Scenario.Source> sources) {
        return sources.stream()
                .map(s -> new Scenario.Source(s.className(), s.text().replace("javax.persistence", "jakarta.persistence")))
                .toList();
    }

    private static Path javac(Scenario scenario, String version, List<Scenario.Source> sources, String dialect,
            boolean process) {
        try {
            Path root = Files.createTempDirectory(WORK, scenario.name() + "-" + version + "-" + dialect);
            Path sourceRoot = Files.createDirectories(root.resolve("src"));
            Path classes = Files.createDirectories(root.resolve("classes"));
            List<String> arguments = new ArrayList<>(List.of("--release", "17", "-classpath", GeneratedMigration.testClassPath(),
                    "-d", classes.toString(), "-implicit:none", "-nowarn"));
            if (process) {
                arguments.addAll(List.of("-processor", "dev.migrator.processor.MigratorProcessor",
                        "-Amigrator.dialect=" + dialect, "-Amigrator.naming=" + scenario.naming()));
            } else {
                arguments.add("-proc:none");
            }
            for (Scenario.Source source : sources) {
                Path file = sourceRoot.resolve(source.className().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.text(), StandardCharsets.UTF_8);
                arguments.add(file.toString());
            }
            StringWriter messages = new StringWriter();
            PrintStream out = new PrintStream(new OutputStream() {
                @Override
                public void write(int b) {
                    messages.write(b);
                }
            }, true, StandardCharsets.UTF_8);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (javac.run(null, out, out, arguments.toArray(String[]::new)) != 0) {
                throw new AssertionError("scenario " + scenario.name() + " (" + version + ", " + dialect
                        + ") does not compile:\n" + messages);
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path workDirectory() {
        try {
            Path work = Files.createTempDirectory("migrator-scenarios");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> paths = Files.walk(work)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                } catch (IOException ignored) {
                    // Best effort: it is a temporary directory.
                }
            }));
            return work;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClassLoader loader(Path classes) {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ScenarioCompiler.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The top-level classes annotated {@code @Entity}, sorted by name (the order Hibernate boots them in). */
    private static List<Class<?>> entities(Path classes, ClassLoader loader) {
        try (Stream<Path> files = Files.walk(classes)) {
            List<Class<?>> entities = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.');
                Class<?> type = loader.loadClass(name.substring(0, name.length() - ".class".length()));
                if (Arrays.stream(type.getDeclaredAnnotations())
                        .anyMatch(a -> a.annotationType().getName().equals("jakarta.persistence.Entity"))) {
                    entities.add(type);
                }
            }
            entities.sort(Comparator.comparing(Class::getName));
            return entities;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<EntitySnapshot> fragments(Path classes) {
        Path directory = classes.resolve(EntitySnapshot.DIRECTORY);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<EntitySnapshot> fragments = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                fragments.add(SnapshotCodec.fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
            }
            return fragments;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SnapshotFormatException e) {
            throw new AssertionError("the processor wrote an unreadable fragment: " + e.getMessage(), e);
        }
    }
}
