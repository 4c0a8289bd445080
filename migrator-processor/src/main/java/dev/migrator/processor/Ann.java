package dev.migrator.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * One annotation read through its mirror, by member name, with the annotation's own defaults
 * applied. This is how the processor reads JPA and Hibernate annotations without depending on
 * their API jars: it works for {@code jakarta.persistence} and {@code javax.persistence} alike,
 * and for annotations on classes that come from other modules' jars.
 */
final class Ann {
    private final AnnotationMirror mirror;
    private final Map<? extends ExecutableElement, ? extends AnnotationValue> values;
    private final Elements elements;

    Ann(AnnotationMirror mirror, Elements elements) {
        this.mirror = mirror;
        this.elements = elements;
        this.values = elements.getElementValuesWithDefaults(mirror);
    }

    AnnotationMirror mirror() {
        return mirror;
    }

    /** Whether the member was written explicitly (not defaulted). */
    boolean isSet(String member) {
        return mirror.getElementValues().keySet().stream().anyMatch(e -> e.getSimpleName().contentEquals(member));
    }

    private Object raw(String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue().getValue();
            }
        }
        return null;
    }

    String string(String member) {
        Object value = raw(member);
        return value == null ? "" : value.toString();
    }

    boolean bool(String member, boolean otherwise) {
        Object value = raw(member);
        return value instanceof Boolean b ? b : otherwise;
    }

    int integer(String member, int otherwise) {
        Object value = raw(member);
        return value instanceof Integer i ? i : otherwise;
    }

    long longValue(String member, long otherwise) {
        Object value = raw(member);
        return value instanceof Number n ? n.longValue() : otherwise;
    }

    /** The simple name of an enum constant member ({@code "IDENTITY"}), or {@code ""}. */
    String enumConstant(String member) {
        Object value = raw(member);
        return value instanceof VariableElement constant ? constant.getSimpleName().toString() : "";
    }

    /** A {@code Class} member, or {@code null}. */
    TypeMirror type(String member) {
        Object value = raw(member);
        return value instanceof TypeMirror type ? type : null;
    }

    /** A {@code String[]} member (a single value is a one-element array). */
    List<String> strings(String member) {
        List<String> out = new ArrayList<>();
        for (AnnotationValue item : list(member)) {
            out.add(item.getValue().toString());
        }
        return out;
    }

    /** A nested annotation member, or {@code null}. */
    Ann annotation(String member) {
        Object value = raw(member);
        return value instanceof AnnotationMirror nested ? new Ann(nested, elements) : null;
    }

    /** An annotation-array member. */
    List<Ann> annotations(String member) {
        List<Ann> out = new ArrayList<>();
        for (AnnotationValue item : list(member)) {
            if (item.getValue() instanceof AnnotationMirror nested) {
                out.add(new Ann(nested, elements));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<? extends AnnotationValue> list(String member) {
        Object value = raw(member);
        if (value instanceof List<?> list) {
            return (List<? extends AnnotationValue>) list;
        }
        return List.of();
    }
}
