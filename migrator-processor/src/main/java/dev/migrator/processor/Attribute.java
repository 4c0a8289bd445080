package dev.migrator.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeMirror;

/**
 * A persistent attribute: its JPA name, its path from the entity ({@code price.amount} inside an
 * embeddable), the field or getter that carries its annotations, its type as seen from the entity
 * (type variables of generic superclasses resolved), and what an enclosing {@code @AttributeOverride}
 * ({@code columnOverride}, {@code null}: none) or {@code @AssociationOverride}
 * ({@code associationOverride}, {@code null}: none) gives it.
 */
record Attribute(String name, String path, Element element, TypeMirror type, Ann columnOverride,
        Ann associationOverride, java.util.List<Element> embeddedBy, boolean collectionElement) {

    static Attribute of(String name, Element element, TypeMirror type) {
        return new Attribute(name, name, element, type, null, null, java.util.List.of(), false);
    }

    /** The join columns an {@code @AssociationOverride} gives this association (empty: none). */
    java.util.List<Ann> joinColumnsOverride() {
        return associationOverride == null ? java.util.List.of() : associationOverride.annotations("joinColumns");
    }

    /**
     * The {@code @JoinTable} an {@code @AssociationOverride} without join columns gives this
     * association, replacing its own entirely ({@code AbstractPropertyHolder.buildJoinTableOverride}),
     * or {@code null}.
     */
    Ann joinTableOverride() {
        return associationOverride != null && joinColumnsOverride().isEmpty() ? associationOverride.annotation("joinTable")
                : null;
    }

    /**
     * {@code inner}, an attribute of the embeddable this attribute holds, seen from the entity;
     * {@link #embeddedBy} lists the embedding attributes' elements, outermost first.
     */
    Attribute nested(Attribute inner, Ann override, Ann association) {
        java.util.List<Element> chain = new java.util.ArrayList<>(embeddedBy);
        chain.add(element);
        return new Attribute(inner.name, path + "." + inner.name, inner.element, inner.type, override, association,
                java.util.List.copyOf(chain), collectionElement);
    }

    /** The same attribute with another type: the element type of a collection (a collection-table column). */
    Attribute withType(TypeMirror elementType) {
        return new Attribute(name, path, element, elementType, null, null, embeddedBy, true);
    }

    /** The same attribute with what an enclosing override gives it. */
    Attribute withOverrides(Ann column, Ann association) {
        return new Attribute(name, path, element, type, column, association, embeddedBy, collectionElement);
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
