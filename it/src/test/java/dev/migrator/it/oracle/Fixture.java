package dev.migrator.it.oracle;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A fixture: one Java package of entity classes compiled with our annotation processor, the
 * naming strategies they were compiled under ({@code naming}: physical, {@code -Amigrator.naming};
 * {@code implicitNaming}: {@code jpa} or {@code spring}, {@code -Amigrator.implicitNaming}), and the package whose classes Hibernate boots for the
 * comparison — the same package, except for {@code javax.persistence} fixtures, which Hibernate 7
 * cannot read and which are compared against a {@code jakarta.persistence} twin. The entity
 * classes are found from the compiled classes themselves, not from the processor's output, so an
 * entity the processor missed still reaches Hibernate and shows up as a difference.
 */
public record Fixture(String packageName, String naming, String implicitNaming, String hibernatePackage) {

    public static Fixture of(String packageName) {
        return new Fixture(packageName, "standard", "jpa", packageName);
    }

    public static Fixture snakeCase(String packageName) {
        return new Fixture(packageName, "snake_case", "jpa", packageName);
    }

    /**
     * A fixture named as Spring Boot names it by default: {@code snake_case} physical naming and
     * Spring's implicit naming, compared against Hibernate booted with Spring's real
     * {@code SpringImplicitNamingStrategy}.
     */
    public static Fixture springBoot(String packageName) {
        return new Fixture(packageName, "snake_case", "spring", packageName);
    }

    /** A {@code javax.persistence} fixture whose {@code jakarta.persistence} twin Hibernate boots. */
    public static Fixture javaxTwinOf(String packageName, String jakartaTwin) {
        return new Fixture(packageName, "standard", "jpa", jakartaTwin);
    }

    /** The processor options of the javac run that compiles this fixture (a dialect aside). */
    public String options() {
        return naming + "/" + implicitNaming;
    }

    /**
     * The classes Hibernate boots for this fixture: the entity classes and the {@code @Converter}
     * classes of the package, as a scanning persistence unit (Spring Boot's) registers both; the
     * latter matter for {@code @Converter(autoApply = true)}.
     */
    public List<Class<?>> hibernateEntityClasses() {
        List<Class<?>> classes = new ArrayList<>(entityClasses(hibernatePackage));
        classes.addAll(annotatedClasses(hibernatePackage, "(jakarta|javax)\\.persistence\\.Converter"));
        return classes;
    }

    /** The short name tests and failure reports use: the package below {@code fixtures}. */
    public String name() {
        int at = packageName.indexOf(".fixtures.");
        return at < 0 ? packageName : packageName.substring(at + ".fixtures.".length());
    }

    /** The {@code @Entity} classes (jakarta or javax) of the package (not of sub-packages), sorted by name. */
    public List<Class<?>> entityClasses() {
        return entityClasses(packageName);
    }

    private static List<Class<?>> entityClasses(String packageName) {
        List<Class<?>> entities = annotatedClasses(packageName, "(jakarta|javax)\\.persistence\\.Entity");
        if (entities.isEmpty()) {
            throw new IllegalStateException("fixture " + packageName + " has no @Entity class");
        }
        return entities;
    }

    /** The top-level classes of the package annotated with an annotation whose name matches, sorted by name. */
    private static List<Class<?>> annotatedClasses(String packageName, String annotationName) {
        List<Class<?>> out = new ArrayList<>();
        for (String className : classNames(packageName)) {
            Class<?> type = load(className);
            if (Arrays.stream(type.getDeclaredAnnotations()).anyMatch(a -> a.annotationType().getName()
                    .matches(annotationName))) {
                out.add(type);
            }
        }
        out.sort(Comparator.comparing(Class::getName));
        return out;
    }

    private static List<String> classNames(String packageName) {
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
