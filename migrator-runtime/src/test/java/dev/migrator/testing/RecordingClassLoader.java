package dev.migrator.testing;

import dev.migrator.MigrationIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class loader that defines the test's migration classes ({@code dev.migrator.fixtures}) itself,
 * from their class files, and records every one it is asked for; its migration index is the given
 * lines. Everything else comes from the test's class loader, so the fixtures still extend the
 * test's {@code dev.migrator.Migration}.
 */
public final class RecordingClassLoader extends ClassLoader {
    private static final String FIXTURES = "dev.migrator.fixtures.";

    /** The fixture classes asked for, by name. */
    public final Set<String> requested = ConcurrentHashMap.newKeySet();
    private final Map<String, URL> resources = new HashMap<>();

    public RecordingClassLoader(List<String> indexLines) {
        this(indexLines, Map.of());
    }

    /** Also serves {@code resources} (name to content) instead of the test class path's. */
    public RecordingClassLoader(List<String> indexLines, Map<String, String> resources) {
        super(RecordingClassLoader.class.getClassLoader());
        this.resources.put(MigrationIndex.RESOURCE, file(String.join("\n", indexLines) + "\n"));
        resources.forEach((name, content) -> this.resources.put(name, file(content)));
    }

    private static URL file(String content) {
        try {
            Path file = Files.createTempFile("resource", ".txt");
            file.toFile().deleteOnExit();
            Files.writeString(file, content);
            return file.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(FIXTURES)) {
            return super.loadClass(name, resolve);
        }
        requested.add(name);
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                type = define(name);
            }
            return type;
        }
    }

    private Class<?> define(String name) throws ClassNotFoundException {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        URL own = resources.get(name);
        return own != null ? Collections.enumeration(List.of(own)) : super.getResources(name);
    }
}
