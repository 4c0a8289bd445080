package dev.migrator.processor;

import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What Hibernate's {@code TypeSafeActivator} does to the DDL when a Bean Validation provider is
 * present: {@code @NotNull}/{@code @NotEmpty}/{@code @NotBlank} make a column NOT NULL (not in
 * single-table subclasses), {@code @Size(max)} and Hibernate Validator's {@code @Length(max)} set a
 * string's length, {@code @Digits} sets precision and scale, {@code @Min}/{@code @Max} (also via
 * {@code @Range}) add the column checks {@code col>=min} / {@code col<=max}. Only
 * {@code jakarta.validation} constraints in the default group count, as in Hibernate 7.
 *
 * <p>Activation follows {@code -Amigrator.beanValidation}: {@code on}, {@code off}, or {@code auto}
 * (default): on when Hibernate Validator is on the compile class path.
 */
final class BeanValidation {
    private static final String CONSTRAINTS = "jakarta.validation.constraints.";

    private final boolean active;
    private final Elements elements;

    private BeanValidation(boolean active, Elements elements) {
        this.active = active;
        this.elements = elements;
    }

    /** The activation for an option value, or empty when the value is unknown. */
    static Optional<BeanValidation> forOption(String value, Elements elements) {
        return switch (value) {
            case "on" -> Optional.of(new BeanValidation(true, elements));
            case "off" -> Optional.of(new BeanValidation(false, elements));
            case "auto" -> Optional.of(new BeanValidation(
                    elements.getTypeElement("org.hibernate.validator.HibernateValidator") != null, elements));
            default -> Optional.empty();
        };
    }

    /**
     * {@code column} with the constraints of {@code attribute} applied, as far as Hibernate reaches
     * them ({@code TypeSafeActivator.applyDDL}): it walks the entity's constrained properties and
     * descends into an embedded one only when it is cascaded ({@code @Valid}), so constraints inside
     * an embeddable count only when every embedding attribute up to the entity has {@code @Valid};
     * their not-null ones only when every embedding attribute is also not-null itself
     * ({@code activateNotNull && hasNotNull}). Collection-table columns get nothing: their elements
     * are no properties of the entity.
     */
    Column apply(Attribute attribute, Name name, Column column, boolean singleTableSubclass) {
        if (!active || attribute.collectionElement()) {
            return column;
        }
        boolean notNullReachable = true;
        for (Element embedding : attribute.embeddedBy()) {
            if (!hasValid(embedding)) {
                return column;
            }
            notNullReachable &= hasNotNull(embedding);
        }
        return apply(attribute.element(), name, column, singleTableSubclass || !notNullReachable);
    }

    private static boolean hasValid(Element element) {
        return element.getAnnotationMirrors().stream().anyMatch(mirror -> type(mirror).equals("jakarta.validation.Valid"));
    }

    private static boolean hasNotNull(Element element) {
        return element.getAnnotationMirrors().stream()
                .anyMatch(mirror -> defaultGroup(mirror) && NOT_NULL.contains(type(mirror)));
    }

    private static String type(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    private static final List<String> NOT_NULL =
            List.of(CONSTRAINTS + "NotNull", CONSTRAINTS + "NotEmpty", CONSTRAINTS + "NotBlank");

    /** {@code column} with the constraints of {@code element} applied; no NOT NULL when {@code noNotNull}. */
    private Column apply(Element element, Name name, Column column, boolean noNotNull) {
        Column result = column;
        // Hibernate walks the property's constraint descriptors in the iteration order of
        // Hibernate Validator's HashSet of them (see DescriptorOrder), and every @Min/@Max adds
        // its half of the check in that order: so "age<=130" comes before "age>=13".
        DescriptorOrder<List<String>> checkOrder = new DescriptorOrder<>(elements);
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (!defaultGroup(mirror)) {
                continue;
            }
            String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            switch (type) {
                case CONSTRAINTS + "NotNull", CONSTRAINTS + "NotEmpty", CONSTRAINTS + "NotBlank" -> {
                    if (!noNotNull) {
                        result = result.withNullable(false);
                    }
                }
                case CONSTRAINTS + "Size", "org.hibernate.validator.constraints.Length" ->
                        result = withLength(result, intMember(mirror, "max", Integer.MAX_VALUE));
                case CONSTRAINTS + "Digits" -> result = withDigits(result, intMember(mirror, "integer", 0),
                        intMember(mirror, "fraction", 0));
                case CONSTRAINTS + "Min" -> checkOrder.add(mirror, 1, List.of(name.sql() + ">=" + longMember(mirror, "value")));
                case CONSTRAINTS + "Max" -> checkOrder.add(mirror, 0, List.of(name.sql() + "<=" + longMember(mirror, "value")));
                // @Range is composed of @Min and @Max; composing constraints are a LinkedHashSet
                // in the order of @Range's own meta-annotations: min, then max.
                case "org.hibernate.validator.constraints.Range" -> checkOrder.add(mirror, 1, List.of(
                        name.sql() + ">=" + longMember(mirror, "min", 0),
                        name.sql() + "<=" + longMember(mirror, "max", Long.MAX_VALUE)));
                default -> { }
            }
        }
        List<String> checks = new ArrayList<>();
        checkOrder.inOrder().forEach(checks::addAll);
        if (!checks.isEmpty()) {
            // Hibernate conjoins several column checks as "(a) and (b)"; the model holds that one expression.
            List<String> all = new ArrayList<>();
            if (result.check() != null) {
                all.add(result.check());
            }
            all.addAll(checks);
            result = result.check(all.size() == 1 ? all.get(0)
                    : "(" + String.join(") and (", all) + ")");
        }
        return result;
    }

    private static Column withLength(Column column, int max) {
        ColumnType type = column.type();
        boolean character = type.kind() == TypeKind.VARCHAR || type.kind() == TypeKind.CHAR
                || type.kind() == TypeKind.NVARCHAR || type.kind() == TypeKind.NCHAR || type.kind() == TypeKind.ENUM;
        if (!character || max == Integer.MAX_VALUE) {
            return column;
        }
        return column.withType(new ColumnType(type.kind(), max, type.precision(), type.scale(), type.values(), type.definition()));
    }

    private static Column withDigits(Column column, int integer, int fraction) {
        ColumnType type = column.type();
        if (type.kind() != TypeKind.NUMERIC) {
            return column;
        }
        return column.withType(ColumnType.numeric(integer + fraction, fraction));
    }

    private static boolean defaultGroup(AnnotationMirror mirror) {
        return mirror.getElementValues().entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals("groups"))
                .allMatch(e -> e.getValue().getValue() instanceof List<?> groups
                        && groups.stream().allMatch(g -> g.toString().equals("jakarta.validation.groups.Default.class")));
    }

    private static int intMember(AnnotationMirror mirror, String member, int otherwise) {
        return (int) longMember(mirror, member, otherwise);
    }

    private static long longMember(AnnotationMirror mirror, String member) {
        return longMember(mirror, member, 0);
    }

    private static long longMember(AnnotationMirror mirror, String member, long otherwise) {
        return mirror.getElementValues().entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals(member))
                .map(e -> ((Number) e.getValue().getValue()).longValue())
                .findFirst()
                .orElse(otherwise);
    }
}
