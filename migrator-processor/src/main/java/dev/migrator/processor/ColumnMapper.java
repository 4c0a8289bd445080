package dev.migrator.processor;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Basic attributes to columns: name ({@code @Column(name)} or the attribute name, through the
 * physical naming), type ({@link BasicTypes}, {@code columnDefinition}, {@code @Convert}),
 * nullability (primitives, {@code @Column(nullable)}, {@code @Basic(optional)}), inline unique,
 * ordinal-enum check, {@code @Column(options)}, and Hibernate's
 * {@code @ColumnDefault}/{@code @Comment}/{@code @Check}/{@code @GeneratedColumn}.
 */
final class ColumnMapper {
    private final Annotations annotations;
    private final BasicTypes basicTypes;
    private final Naming naming;
    private final Types types;
    private final BeanValidation beanValidation;
    private final ConverterValues converterValues;
    private final Converters converters;
    private final CollectionConverts collectionConverts;

    /**
     * Hibernate's own boolean converters and the values it lists in the column check. (For other
     * converters of a Boolean Hibernate runs the converter to find them; see {@link ConverterValues}.)
     */
    private static final java.util.Map<String, String> BOOLEAN_CONVERTERS = java.util.Map.of(
            "org.hibernate.type.YesNoConverter", "('N','Y')",
            "org.hibernate.type.TrueFalseConverter", "('F','T')",
            "org.hibernate.type.NumericBooleanConverter", "(0,1)");

    ColumnMapper(Annotations annotations, BasicTypes basicTypes, Naming naming, Types types,
            BeanValidation beanValidation, ConverterValues converterValues, Converters converters) {
        this.converterValues = converterValues;
        this.converters = converters;
        this.collectionConverts = new CollectionConverts(annotations);
        this.annotations = annotations;
        this.basicTypes = basicTypes;
        this.naming = naming;
        this.types = types;
        this.beanValidation = beanValidation;
    }

    /** Maps a basic attribute into {@code table}; returns the column. */
    Column basic(EntityInfo entity, Attribute attribute, TableBuilder primary, Fragment fragment) {
        Element element = attribute.element();
        Ann column = annotations.column(attribute);
        TableBuilder table = primary;
        String secondary = column == null ? "" : column.string("table");
        if (!secondary.isEmpty() && !secondary.equals(primary.name().text())) {
            table = fragment.secondaryTable(secondary);
            if (table == null) {
                throw new MappingError(element, column.mirror(), Diagnostics.MIG014, secondary, entity.className(), secondary);
            }
        }
        Name logical = logicalName(naming, attribute, column);
        Name name = naming.apply(logical);
        BasicType basic = type(attribute, column, fragment);
        boolean written = column == null || column.bool("nullable", true);
        // An explicit @Column (AnnotatedColumn.buildColumnFromAnnotation) keeps its own nullability even for a
        // primitive; only the implicit column (buildImplicitColumn) and @Basic(optional = false) force NOT NULL.
        boolean optional = column == null ? optional(attribute) : explicitlyOptional(attribute);
        boolean nullable = table.isSingleTableSubclass() ? written : written && optional;
        ColumnType type = basic.type();
        if (column != null && !column.string("columnDefinition").isEmpty()) {
            type = ColumnType.custom(column.string("columnDefinition"));
        }
        Column result = Column.of(name.physical(), type).withNullable(nullable);
        if (basic.check(name.sql()) != null && type.kind() != dev.migrator.model.TypeKind.CUSTOM) {
            result = result.check(basic.check(name.sql()));
        }
        result = decorate(attribute, name, result);
        result = beanValidation.apply(attribute, name, result, table.isSingleTableSubclass());
        boolean readOnly = column != null && !column.bool("insertable", true) && !column.bool("updatable", true);
        if (table.column(result, name, attribute.name(), element, ColumnBinding.basic(attribute, readOnly))) {
            fragment.origin(table.name(), name, attribute.origin(entity.className()));
        }
        table.logicalName(logical, name.physical());
        if (column != null && column.bool("unique", false)) {
            table.uniqueColumn(name.physical(), attribute.name());
        }
        if (column != null) {
            // A named column check is a named constraint of the table, whichever way it is written.
            for (Ann check : column.annotations("check")) {
                if (!check.string("name").isEmpty()) {
                    table.check(new CheckConstraint(check.string("name"), check.string("constraint")));
                }
            }
        }
        return result;
    }

    /**
     * Hibernate 7.1's {@code PropertyBinder.isOptional}: with {@code @Basic}, its {@code optional}
     * and not primitive; without, an attribute of an embeddable (at any depth, {@code @Embedded}
     * or implicit, in an entity or in an element collection) is optional even when primitive —
     * its columns stay nullable, because the whole embeddable may be null —; any other attribute
     * is optional unless primitive. {@code @EmbeddedId} columns are forced NOT NULL elsewhere
     * ({@code EmbeddableBinder} binds an id's properties with {@code FORCED_NOT_NULL}).
     */
    private boolean optional(Attribute attribute) {
        Optional<Ann> basic = annotations.jpa(attribute.element(), "Basic");
        if (basic.isPresent()) {
            return basic.get().bool("optional", true) && !attribute.isPrimitive();
        }
        return attribute.isInEmbeddable() || !attribute.isPrimitive();
    }

    /** Hibernate's {@code PropertyBinder.isExplicitlyOptional}: only {@code @Basic(optional = false)} says otherwise. */
    private boolean explicitlyOptional(Attribute attribute) {
        return annotations.jpa(attribute.element(), "Basic").map(b -> b.bool("optional", true)).orElse(true);
    }

    /** The logical column name: {@code @Column(name)} or the attribute name. */
    static Name logicalName(Naming naming, Attribute attribute, Ann column) {
        return column != null && !column.string("name").isEmpty()
                ? naming.name(column.string("name"))
                : naming.name(attribute.name());
    }

    /** Adds what Hibernate-specific annotations and JPA 3.2 {@code @Column(comment)} say about any column. */
    Column decorate(Attribute attribute, Name name, Column column) {
        Element element = attribute.element();
        Column result = column;
        Optional<Ann> defaultValue = annotations.hibernate(element, "ColumnDefault");
        if (defaultValue.isPresent()) {
            result = result.defaultValue(defaultValue.get().string("value"));
        }
        Optional<Ann> comment = annotations.hibernate(element, "Comment");
        if (comment.isPresent()) {
            result = result.comment(comment.get().string("value"));
        }
        Optional<String> jpaComment = Optional.ofNullable(annotations.column(attribute))
                .map(c -> c.string("comment"))
                .filter(c -> !c.isEmpty());
        if (jpaComment.isPresent()) {
            result = result.comment(jpaComment.get());
        }
        List<String> checks = new java.util.ArrayList<>();
        annotations.hibernate(element, "Check").ifPresent(check -> checks.add(check.string("constraints")));
        // JPA 3.2 @Column(check = @CheckConstraint(constraint = ...)); named ones become table checks (see basic).
        Ann written = annotations.column(attribute);
        if (written != null) {
            written.annotations("check").stream()
                    .filter(check -> check.string("name").isEmpty())
                    .forEach(check -> checks.add(check.string("constraint")));
        }
        if (!checks.isEmpty()) {
            List<String> all = new java.util.ArrayList<>();
            if (result.check() != null) {
                all.add(result.check());
            }
            all.addAll(checks);
            result = result.check(all.size() == 1 ? all.get(0) : "(" + String.join(") and (", all) + ")");
        }
        // Hibernate's @GeneratedColumn (AnnotatedColumn.applyGeneratedAs) and JPA 3.2 @Column(options)
        // (AnnotatedColumn.bind: set only when not empty), both SQL written into the column's DDL as given.
        Optional<Ann> generated = annotations.hibernate(element, "GeneratedColumn");
        if (generated.isPresent()) {
            result = result.generatedAs(generated.get().string("value"));
        }
        if (written != null && !written.string("options").isEmpty()) {
            result = result.options(written.string("options"));
        }
        return result;
    }

    private BasicType type(Attribute attribute, Ann column, Fragment fragment) {
        Element element = attribute.element();
        TypeMirror javaType = attribute.type();
        Optional<Ann> convert = collectionConverts.forValue(attribute);
        // An explicit @Convert wins (or disables conversion); otherwise an auto-applied converter of the type.
        TypeMirror converter = convert.isPresent()
                ? (convert.get().bool("disableConversion", false) ? null : convert.get().type("converter"))
                : autoApplied(attribute);
        Optional<BasicType> converted = converted(element, attribute.name(), javaType, converter,
                convert.map(Ann::mirror).orElse(null), column, fragment);
        if (converted.isPresent()) {
            return converted.get();
        }
        if (annotations.jpa(element, "Enumerated").map(e -> e.enumConstant("value")).orElse("").equals("STRING")
                && !isEnum(javaType)) {
            throw new MappingError(element, Diagnostics.MIG012, attribute.name(), javaType);
        }
        return basicTypes.map(element, javaType, column)
                .orElseThrow(() -> new MappingError(element, Diagnostics.MIG002, attribute.name(), javaType));
    }

    /**
     * The type of a value of {@code javaType} stored through {@code converter} (which may be {@code null}):
     * the converter's database type, with the check Hibernate derives from the values it stores for a
     * Boolean or an enum; empty when there is no converter with a known database type. {@code at} is
     * the {@code @Convert} to report on ({@code null}: the element); {@code column} gives the facets.
     */
    Optional<BasicType> converted(Element element, String attributeName, TypeMirror javaType, TypeMirror converter,
            javax.lang.model.element.AnnotationMirror at, Ann column, Fragment fragment) {
        TypeMirror databaseType = converter == null ? null : converters.databaseType(converter);
        if (databaseType == null) {
            return Optional.empty();
        }
        String allowed = BOOLEAN_CONVERTERS.get(converter.toString());
        if (allowed == null && isBoolean(javaType)) {
            allowed = computedValues(converter, databaseType);
        }
        if (allowed == null && isBoolean(javaType) && annotations.hibernate(element, "Check").isEmpty()) {
            fragment.warn(new MappingError(element, at, Diagnostics.MIG101, converter));
        }
        if (isEnum(javaType) && (isString(databaseType) || isIntegral(databaseType))) {
            // EnumJavaType.getCheckCondition: a converted enum gets "col in (<converted constants>)".
            allowed = enumValues(converter, databaseType, (TypeElement) ((DeclaredType) javaType).asElement());
            if (allowed == null) {
                fragment.warn(new MappingError(element, at, Diagnostics.MIG102, converter, javaType));
            }
        }
        String values = allowed;
        return Optional.of(basicTypes.map(element, databaseType, column)
                .map(b -> new BasicType(b.type(), null, values))
                .orElseThrow(() -> new MappingError(element, at, Diagnostics.MIG002, attributeName, databaseType)));
    }

    /**
     * {@code ('N','Y')} / {@code (0,1)}: the values a user's Boolean converter stores (false,
     * true, then null's if any, as {@code Dialect.getCheckCondition} lists them), or {@code null}
     * when they cannot be computed, one of them is null (Hibernate then adds {@code or col is
     * null}, not modelled), or the database type is neither a string nor an integer (no check).
     */
    private String computedValues(TypeMirror converter, TypeMirror databaseType) {
        if (!isString(databaseType) && !isIntegral(databaseType)) {
            return null;
        }
        return valueList(converterValues.values(converter), isString(databaseType));
    }

    /** The one auto-applied converter of the attribute's type, or {@code null}; several are an error, as in Hibernate. */
    private TypeMirror autoApplied(Attribute attribute) {
        return converters.mayAutoApply(attribute) ? autoApplied(attribute.element(), attribute.name(), attribute.type()) : null;
    }

    /**
     * The one auto-applied converter of {@code type} (of attribute {@code name}, declared on
     * {@code element}), or {@code null}; several are an error (MIG018), as in Hibernate.
     */
    TypeMirror autoApplied(Element element, String name, TypeMirror type) {
        List<TypeMirror> matches = converters.autoAppliedTo(type);
        if (matches.size() > 1) {
            throw new MappingError(element, Diagnostics.MIG018, matches.get(0), matches.get(1), name, type, matches.get(0));
        }
        return matches.isEmpty() ? null : matches.get(0);
    }

    /** {@code ('a','b')} / {@code (1,2)}: what the converter stores for each constant, or {@code null} when unknown. */
    private String enumValues(TypeMirror converter, TypeMirror databaseType, TypeElement enumType) {
        return valueList(converterValues.enumValues(converter, enumType), isString(databaseType));
    }

    /** Stored values as Hibernate's {@code Dialect.getCheckCondition} lists them: quoted strings or plain numbers. */
    private static String valueList(Optional<List<Object>> values, boolean string) {
        return values
                .filter(all -> all.stream().allMatch(v -> string ? v instanceof String || v instanceof Character
                        : v instanceof Number))
                .map(all -> "(" + String.join(",", all.stream()
                        .map(v -> string ? "'" + v + "'" : Long.toString(((Number) v).longValue())).toList()) + ")")
                .orElse(null);
    }

    private static boolean isString(TypeMirror type) {
        return List.of("java.lang.String", "java.lang.Character", "char").contains(type.toString());
    }

    private static boolean isIntegral(TypeMirror type) {
        return List.of("java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte", "int", "long", "short",
                "byte").contains(type.toString());
    }

    private static boolean isBoolean(TypeMirror type) {
        return type.getKind() == javax.lang.model.type.TypeKind.BOOLEAN || type.toString().equals("java.lang.Boolean");
    }

    private static boolean isEnum(TypeMirror type) {
        return type instanceof DeclaredType declared
                && declared.asElement().getKind() == javax.lang.model.element.ElementKind.ENUM;
    }
}
