package dev.migrator.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * JPA {@code AttributeConverter}s: the Java and database types a converter class converts between,
 * and the auto-applied ones ({@code @Converter(autoApply = true)}), which Hibernate applies to
 * every basic attribute and collection element of their Java type that has no {@code @Convert} of
 * its own and is not an id, a version, {@code @Enumerated} or {@code @Temporal}
 * ({@code PropertyBinder.autoApplyConverters}, {@code ConverterHelper.typesMatch}).
 *
 * <p>Hibernate knows the auto-applied converters of the persistence unit; the processor knows those
 * it is shown: the {@code @Converter} classes compiled together with the entities (all of them in
 * a full build), and the classes named by {@code -Amigrator.converters} (converters from jars, or
 * an IDE that recompiles an entity without its converter). One instance lives for the whole
 * compilation, across rounds.
 */
final class Converters {
    private final Annotations annotations;
    private final Types types;
    /** Auto-applied converters by qualified name: a deterministic choice when several match. */
    private final TreeMap<String, DeclaredType> autoApplied = new TreeMap<>();

    Converters(Annotations annotations, Types types) {
        this.annotations = annotations;
        this.types = types;
    }

    /**
     * Registers {@code type} and its nested classes when they are {@code @Converter(autoApply = true)}
     * converters; returns whether {@code type} itself is one.
     */
    boolean discover(TypeElement type) {
        for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
            discover(nested);
        }
        boolean autoApply = type.getKind() == ElementKind.CLASS
                && annotations.jpa(type, "Converter").map(c -> c.bool("autoApply", false)).orElse(false)
                && typeArgument(type.asType(), 0) != null;
        if (autoApply) {
            autoApplied.put(type.getQualifiedName().toString(), (DeclaredType) type.asType());
        }
        return autoApply;
    }

    /**
     * The auto-applied converters for an attribute (or collection element) of Java type {@code type},
     * by name; Hibernate refuses more than one ("Multiple auto-apply converters matched").
     */
    List<TypeMirror> autoAppliedTo(TypeMirror type) {
        TypeMirror attribute = type.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType()
                : type;
        List<TypeMirror> matches = new ArrayList<>();
        for (DeclaredType converter : autoApplied.values()) {
            TypeMirror domain = typeArgument(converter, 0);
            boolean match = domain instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()
                    ? types.isSameType(attribute, domain)
                    : types.isAssignable(types.erasure(attribute), types.erasure(domain));
            if (match) {
                matches.add(converter);
            }
        }
        return matches;
    }

    /** Whether Hibernate would auto-apply a converter to this basic attribute at all. */
    boolean mayAutoApply(Attribute attribute) {
        for (String excluded : List.of("Id", "EmbeddedId", "Version", "Enumerated", "Temporal")) {
            if (annotations.hasJpa(attribute.element(), excluded)) {
                return false;
            }
        }
        return true;
    }

    /** The database type {@code Y} of the {@code AttributeConverter<X, Y>} a converter class implements, or {@code null}. */
    TypeMirror databaseType(TypeMirror converter) {
        return typeArgument(converter, 1);
    }

    private TypeMirror typeArgument(TypeMirror converter, int index) {
        if (!(converter instanceof DeclaredType declared)
                || ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("void")) {
            return null;
        }
        for (TypeMirror supertype : allSupertypes(converter)) {
            if (supertype instanceof DeclaredType candidate) {
                String name = ((TypeElement) candidate.asElement()).getQualifiedName().toString();
                if (name.endsWith(".persistence.AttributeConverter") && candidate.getTypeArguments().size() == 2) {
                    TypeMirror argument = candidate.getTypeArguments().get(index);
                    return argument.getKind() == TypeKind.TYPEVAR ? null : argument;
                }
            }
        }
        return null;
    }

    private List<TypeMirror> allSupertypes(TypeMirror type) {
        List<TypeMirror> out = new ArrayList<>();
        ArrayDeque<TypeMirror> queue = new ArrayDeque<>(List.of(type));
        while (!queue.isEmpty()) {
            TypeMirror current = queue.poll();
            for (TypeMirror supertype : types.directSupertypes(current)) {
                out.add(supertype);
                queue.add(supertype);
            }
        }
        return out;
    }
}
