package dev.migrator.it.oracle;

import jakarta.persistence.Entity;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A fixture: one Java package of entity classes compiled with our annotation processor, and the
 * naming they were compiled under. The entity classes are found from the compiled classes
 * themselves, not from the processor's output, so an entity the processor missed still reaches
 * Hibernate and shows up as a difference.
 */
public record Fixture(String packageName, String naming) {

    public static Fixture of(String packageName) {
        return new Fixture(packageName, "standard");
    }

    public static Fixture snakeCase(String packageName) {
        return new Fixture(packageName, "snake_case");
    }

    /** The short name tests and failure reports use: the package below {@code fixtures}. */
    public String name() {
        int at = packageName.indexOf(".fixtures.");
        return at < 0 ? packageName : packageName.substring(at + ".fixtures.".length());
    }

    /** The {@code @Entity} classes of the package (not of sub-packages), sorted by name. */
    public List<Class<?>> entityClasses() {
        List<Class<?>> entities = new ArrayList<>();
        for (String className : classNames()) {
            Class<?> type = load(className);
            if (type.isAnnotationPresent(Entity.class)) {
                entities.add(type);
            }
        }
        entities.sort(Comparator.comparing(Class::getName));
        if (entities.isEmpty()) {
            throw new IllegalStateException("fixture " + packageName + " has no @Entity class");
        }
        return entities;
    }

    private List<String> classNames() {
        URL url = Thread.currentThread().getContextClassLoader().getResource(packageName.replace('.', '/'));
        if (url == null || !url.getProtocol().equals("file")) {
            throw new IllegalStateException("fixture package " + packageName + " is not a compiled directory: " + url);
        }
        File[] files;
        try {
            files = new File(url.toURI()).listFiles((dir, name) -> name.endsWith(".class") && !name.contains("$"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Arrays.stream(files)
                .map(f -> packageName + "." + f.getName().substring(0, f.getName().length() - ".class".length()))
                .filter(n -> !n.endsWith(".package-info"))
                .sorted()
                .toList();
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
