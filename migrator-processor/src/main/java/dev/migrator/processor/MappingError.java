package dev.migrator.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A mapping the processor cannot express. Thrown inside extraction and caught per entity by
 * {@link MigratorProcessor}, which reports it through the {@code Messager} on {@link #element()}
 * (and {@link #annotation()} when one caused it); it never reaches javac.
 */
final class MappingError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Element element;
    private final transient AnnotationMirror annotation;

    MappingError(Element element, AnnotationMirror annotation, Diagnostics code, Object... arguments) {
        super(code.format(arguments));
        this.element = element;
        this.annotation = annotation;
    }

    MappingError(Element element, Diagnostics code, Object... arguments) {
        this(element, null, code, arguments);
    }

    Element element() {
        return element;
    }

    /** The annotation that caused the error, or {@code null}. */
    AnnotationMirror annotation() {
        return annotation;
    }
}
