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
import java.util.List;
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
    private final URL index;

    public RecordingClassLoader(List<String> indexLines) {
        super(RecordingClassLoader.class.getClassLoader());
        try {
            Path file = Files.createTempFile("migrations", ".list");
            file.toFile().deleteOnExit();
            Files.write(file, indexLines);
            index = file.toUri().toURL();
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
        return name.equals(MigrationIndex.RESOURCE) ? Collections.enumeration(List.of(index)) : super.getResources(name);
    }
}
