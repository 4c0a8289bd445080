package dev.migrator.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeMirror;

/**
 * A persistent attribute: its JPA name, the field or getter that carries its annotations, and its
 * type as seen from the entity (type variables of generic superclasses resolved).
 */
record Attribute(String name, Element element, TypeMirror type) {

    boolean isPrimitive() {
        return type.getKind().isPrimitive();
    }

    /** {@code com.x.User#name}: the source identity kept in snapshot origins. */
    String origin(String entityClass) {
        return entityClass + "#" + name;
    }

    boolean isProperty() {
        return element.getKind() == ElementKind.METHOD;
    }
}
