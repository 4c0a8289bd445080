package dev.migrator.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeMirror;

/**
 * A persistent attribute: its JPA name, its path from the entity ({@code price.amount} inside an
 * embeddable), the field or getter that carries its annotations, its type as seen from the entity
 * (type variables of generic superclasses resolved), and the {@code @Column} an enclosing
 * {@code @AttributeOverride} gives it ({@code null}: none).
 */
record Attribute(String name, String path, Element element, TypeMirror type, Ann columnOverride) {

    static Attribute of(String name, Element element, TypeMirror type) {
        return new Attribute(name, name, element, type, null);
    }

    /** {@code inner}, an attribute of the embeddable this attribute holds, seen from the entity. */
    Attribute nested(Attribute inner, Ann override) {
        return new Attribute(inner.name, path + "." + inner.name, inner.element, inner.type, override);
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
