package dev.migrator.verify;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the entity classes the snapshot fragments name, from the project's class loader, and
 * refuses a model Hibernate ORM 7 cannot read.
 */
public final class EntityClasses {
    private EntityClasses() {}

    /**
     * The classes named (canonical names, as in a fragment: nested classes with dots), in the
     * given order, not initialized.
     *
     * @throws VerifyException when a class cannot be loaded, or carries {@code javax.persistence}
     *     annotations only (Hibernate 7 reads {@code jakarta.persistence} alone)
     */
    public static List<Class<?>> load(ClassLoader loader, List<String> canonicalNames) throws VerifyException {
        List<Class<?>> classes = new ArrayList<>();
        List<String> javax = new ArrayList<>();
        for (String name : canonicalNames) {
            Class<?> type = find(loader, name);
            if (!type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                if (hasAnnotation(type, "javax.persistence.Entity")) {
                    javax.add(name);
                    continue;
                }
                throw new VerifyException("Class " + name + " has a snapshot fragment but no @jakarta.persistence.Entity "
                        + "annotation; recompile the project (mvn clean compile) and run verify again.");
            }
            classes.add(type);
        }
        if (!javax.isEmpty()) {
            throw new VerifyException("migrator:verify boots Hibernate ORM 7, which reads only jakarta.persistence "
                    + "annotations, but " + javax.size() + " entit" + (javax.size() == 1 ? "y uses" : "ies use")
                    + " javax.persistence (" + String.join(", ", javax.subList(0, Math.min(3, javax.size())))
                    + (javax.size() > 3 ? ", ..." : "") + "). Verify cannot check a javax model; migrator:make and "
                    + "migrate are not affected.");
        }
        return classes;
    }

    private static Class<?> find(ClassLoader loader, String canonicalName) throws VerifyException {
        String binary = canonicalName;
        while (true) {
            try {
                return Class.forName(binary, false, loader);
            } catch (ClassNotFoundException e) {
                int dot = binary.lastIndexOf('.');
                if (dot < 0) {
                    throw new VerifyException("Entity class " + canonicalName + " named by a snapshot fragment is not on "
                            + "the project's classpath; recompile (mvn clean compile).", e);
                }
                binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
            } catch (LinkageError e) {
                throw new VerifyException("Entity class " + canonicalName + " cannot be loaded: " + e, e);
            }
        }
    }

    private static boolean hasAnnotation(Class<?> type, String annotationName) {
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().getName().equals(annotationName)) {
                return true;
            }
        }
        return false;
    }
}
