package dev.migrator.processor;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Where an entity sits in an entity inheritance hierarchy: the entity classes from the root down
 * to it, and the root's {@code @Inheritance} strategy ({@code SINGLE_TABLE} by default).
 */
record Hierarchy(List<TypeElement> path, String strategy) {
    static final String SINGLE_TABLE = "SINGLE_TABLE";
    static final String JOINED = "JOINED";
    static final String TABLE_PER_CLASS = "TABLE_PER_CLASS";

    TypeElement root() {
        return path.get(0);
    }

    TypeElement entity() {
        return path.get(path.size() - 1);
    }

    /** The nearest entity superclass, or {@code null} for the root. */
    TypeElement parent() {
        return path.size() > 1 ? path.get(path.size() - 2) : null;
    }

    boolean isRoot() {
        return path.size() == 1;
    }

    boolean is(String inheritance) {
        return strategy.equals(inheritance);
    }

    static boolean isAbstract(TypeElement type) {
        Set<Modifier> modifiers = type.getModifiers();
        return modifiers.contains(Modifier.ABSTRACT);
    }
}
