package dev.migrator.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeMirror;

/**
 * A persistent attribute: its JPA name, its path from the entity ({@code price.amount} inside an
 * embeddable), the field or getter that carries its annotations, its type as seen from the entity
 * (type variables of generic superclasses resolved), and what an enclosing {@code @AttributeOverride}
 * ({@code columnOverride}, {@code null}: none) or {@code @AssociationOverride}
 * ({@code joinColumnsOverride}, empty: none) gives it.
 */
record Attribute(String name, String path, Element element, TypeMirror type, Ann columnOverride,
        java.util.List<Ann> joinColumnsOverride, java.util.List<Element> embeddedBy, boolean collectionElement) {

    static Attribute of(String name, Element element, TypeMirror type) {
        return new Attribute(name, name, element, type, null, java.util.List.of(), java.util.List.of(), false);
    }

    /**
     * {@code inner}, an attribute of the embeddable this attribute holds, seen from the entity;
     * {@link #embeddedBy} lists the embedding attributes' elements, outermost first.
     */
    Attribute nested(Attribute inner, Ann override, java.util.List<Ann> joinColumns) {
        java.util.List<Element> chain = new java.util.ArrayList<>(embeddedBy);
        chain.add(element);
        return new Attribute(inner.name, path + "." + inner.name, inner.element, inner.type, override, joinColumns,
                java.util.List.copyOf(chain), collectionElement);
    }

    /** The same attribute with another type: the element type of a collection (a collection-table column). */
    Attribute withType(TypeMirror elementType) {
        return new Attribute(name, path, element, elementType, null, java.util.List.of(), embeddedBy, true);
    }

    /** The same attribute with what an enclosing override gives it. */
    Attribute withOverrides(Ann column, java.util.List<Ann> joinColumns) {
        return new Attribute(name, path, element, type, column, joinColumns, embeddedBy, collectionElement);
    }

    /** Whether this is an attribute of an embeddable (only {@link #nested} makes dotted paths). */
    boolean isInEmbeddable() {
        return path.contains(".");
    }

    boolean isPrimitive() {
        return type.getKind().isPrimitive();
    }

    /** {@code com.x.User#name}: the source identity kept in snapshot origins. */
    String origin(String entityClass) {
        return entityClass + "#" + path;
    }

    boolean isProperty() {
        return element.getKind() == ElementKind.METHOD;
    }
}
