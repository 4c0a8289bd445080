package dev.migrator.testing;

import dev.migrator.MigrationIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;

/** A class loader whose migration index lists the given classes, instead of the test resource's. */
public final class IndexClassLoader extends ClassLoader {
    private final URL index;

    public IndexClassLoader(String... classNames) {
        super(IndexClassLoader.class.getClassLoader());
        try {
            Path file = Files.createTempFile("migrations", ".list");
            file.toFile().deleteOnExit();
            Files.writeString(file, String.join("\n", classNames) + "\n");
            index = file.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static IndexClassLoader of(Class<?>... classes) {
        return new IndexClassLoader(java.util.Arrays.stream(classes).map(Class::getName).toArray(String[]::new));
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return name.equals(MigrationIndex.RESOURCE) ? Collections.enumeration(java.util.List.of(index)) : super.getResources(name);
    }
}
