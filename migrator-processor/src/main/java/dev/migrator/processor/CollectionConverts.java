package dev.migrator.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Which {@code @Convert} written on a collection attribute converts its map key and which its
 * basic elements, as Hibernate 7.1's {@code CollectionPropertyHolder} decides: a key can be
 * converted unless {@code @MapKeyEnumerated}/{@code @MapKeyTemporal}/{@code @MapKeyClass} (or
 * Hibernate's {@code @MapKeyType}) says how to bind it; elements can be converted unless the
 * collection is an association or {@code @Enumerated}/{@code @Temporal}. When both can, an unnamed
 * {@code @Convert} (or {@code attributeName = "value"}) is the elements' and {@code "key"} the key's;
 * when only the key can, an unnamed one is the key's. Paths below the key or the value ({@code key.x})
 * reach embeddable attributes, which never read this (Hibernate 7.1.10 leaves such keys unconverted).
 */
final class CollectionConverts {
    private final Annotations annotations;

    CollectionConverts(Annotations annotations) {
        this.annotations = annotations;
    }

    /** The {@code @Convert} for the basic key of the map attribute declared on {@code element}, if any. */
    Optional<Ann> forKey(Element element) {
        if (!keyConvertible(element)) {
            return Optional.empty();
        }
        boolean elementsToo = elementsConvertible(element);
        return all(element).stream()
                .filter(c -> c.string("attributeName").equals("key") || c.string("attributeName").isEmpty() && !elementsToo)
                .findFirst();
    }

    /**
     * The {@code @Convert} for a basic attribute or collection element: for the value of a map, the
     * one the rules above give the elements; otherwise the attribute's own {@code @Convert}.
     */
    Optional<Ann> forValue(Attribute attribute) {
        Element element = attribute.element();
        if (!attribute.collectionElement() || attribute.isInEmbeddable() || !CollectionKinds.isMap(declaredType(element))) {
            return annotations.jpa(element, "Convert");
        }
        if (!elementsConvertible(element)) {
            return Optional.empty();
        }
        return all(element).stream()
                .filter(c -> c.string("attributeName").isEmpty() || c.string("attributeName").equals("value"))
                .findFirst();
    }

    private boolean keyConvertible(Element element) {
        return CollectionKinds.isMap(declaredType(element))
                && List.of("MapKeyEnumerated", "MapKeyTemporal", "MapKeyClass").stream().noneMatch(a -> annotations.hasJpa(element, a))
                && annotations.hibernate(element, "MapKeyType").isEmpty();
    }

    private boolean elementsConvertible(Element element) {
        return List.of("OneToMany", "ManyToMany", "Enumerated", "Temporal").stream().noneMatch(a -> annotations.hasJpa(element, a))
                && annotations.hibernate(element, "ManyToAny").isEmpty()
                && annotations.hibernate(element, "CollectionType").isEmpty();
    }

    /** Every {@code @Convert} on the element: a single one, or the repeated ones javac puts in {@code @Converts}. */
    private List<Ann> all(Element element) {
        List<Ann> out = new ArrayList<>();
        annotations.jpa(element, "Convert").ifPresent(out::add);
        annotations.jpa(element, "Converts").ifPresent(converts -> out.addAll(converts.annotations("value")));
        return out;
    }

    private static TypeMirror declaredType(Element element) {
        return element instanceof ExecutableElement getter ? getter.getReturnType() : element.asType();
    }
}
