package dev.migrator.plugin.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * A class loader over the project's output directory and classpath, to be closed after use (it
 * holds the jars open). Its parent is the plugin's own loader, so {@code dev.migrator} types are
 * the plugin's: migration classes can be cast to {@link dev.migrator.Migration} and run against
 * the plugin's recorder.
 */
public final class ProjectClassLoader implements AutoCloseable {
    private final URLClassLoader loader;

    private ProjectClassLoader(URLClassLoader loader) {
        this.loader = loader;
    }

    /** A loader over {@code paths} (directories and jars), searched in that order. */
    public static ProjectClassLoader over(List<Path> paths) {
        URL[] urls = paths.stream().map(ProjectClassLoader::url).toArray(URL[]::new);
        return new ProjectClassLoader(new URLClassLoader(urls, ProjectClassLoader.class.getClassLoader()));
    }

    public ClassLoader loader() {
        return loader;
    }

    /**
     * Whether the class (a canonical name, as written in a snapshot: nested classes with dots) is
     * on this loader's path, judged by its class file, without loading or initializing it.
     */
    public boolean hasClass(String canonicalName) {
        String binary = canonicalName;
        while (true) {
            if (loader.getResource(binary.replace('.', '/') + ".class") != null) {
                return true;
            }
            int dot = binary.lastIndexOf('.');
            if (dot < 0) {
                return false;
            }
            binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
        }
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a usable classpath entry: " + path, e);
        }
    }
}
