package dev.migrator.processor;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds annotations by simple name in the JPA namespaces ({@code jakarta.persistence} first,
 * then {@code javax.persistence}), in Hibernate's ({@code org.hibernate.annotations}) and in Bean
 * Validation's ({@code jakarta.validation.constraints}, {@code javax.validation.constraints}).
 */
final class Annotations {
    private static final String[] JPA = {"jakarta.persistence.", "javax.persistence."};
    private static final String[] HIBERNATE = {"org.hibernate.annotations."};

    private final Elements elements;

    Annotations(Elements elements) {
        this.elements = elements;
    }

    /** The JPA annotation {@code simpleName} on {@code element}. */
    Optional<Ann> jpa(Element element, String simpleName) {
        return find(element, JPA, simpleName);
    }

    boolean hasJpa(Element element, String simpleName) {
        return jpa(element, simpleName).isPresent();
    }

    /** The {@code @Column} of an attribute: the one an {@code @AttributeOverride} gives it, else its own. */
    Ann column(Attribute attribute) {
        return attribute.columnOverride() != null
                ? attribute.columnOverride()
                : jpa(attribute.element(), "Column").orElse(null);
    }

    /** Hibernate's {@code @OnDelete(action)} on an association, as the FK's referential action. */
    dev.migrator.model.ForeignKey.OnDelete onDelete(Element element) {
        String action = hibernate(element, "OnDelete").map(a -> a.enumConstant("action")).orElse("NO_ACTION");
        return switch (action) {
            case "CASCADE" -> dev.migrator.model.ForeignKey.OnDelete.CASCADE;
            case "SET_NULL" -> dev.migrator.model.ForeignKey.OnDelete.SET_NULL;
            case "SET_DEFAULT" -> dev.migrator.model.ForeignKey.OnDelete.SET_DEFAULT;
            case "RESTRICT" -> dev.migrator.model.ForeignKey.OnDelete.RESTRICT;
            default -> dev.migrator.model.ForeignKey.OnDelete.NO_ACTION;
        };
    }

    /** The Hibernate annotation {@code simpleName} on {@code element}. */
    Optional<Ann> hibernate(Element element, String simpleName) {
        return find(element, HIBERNATE, simpleName);
    }

    private Optional<Ann> find(Element element, String[] packages, String simpleName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            for (String prefix : packages) {
                if (name.equals(prefix + simpleName)) {
                    return Optional.of(new Ann(mirror, elements));
                }
            }
        }
        return Optional.empty();
    }
}
