package dev.migrator.processor;

import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Hibernate's collection semantics by declared type: a {@code Set} gets a primary key over its
 * join table, a bag ({@code List}/{@code Collection} without {@code @OrderColumn}) gets none.
 */
final class CollectionKinds {
    private static final Set<String> SETS = Set.of("java.util.Set", "java.util.SortedSet", "java.util.NavigableSet",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet");
    private static final Set<String> MAPS = Set.of("java.util.Map", "java.util.SortedMap", "java.util.NavigableMap",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap");

    private CollectionKinds() {}

    static boolean isSet(TypeMirror type) {
        return SETS.contains(name(type));
    }

    static boolean isMap(TypeMirror type) {
        return MAPS.contains(name(type));
    }

    private static String name(TypeMirror type) {
        return type instanceof DeclaredType declared
                ? ((TypeElement) declared.asElement()).getQualifiedName().toString()
                : "";
    }
}
