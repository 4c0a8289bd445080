package dev.migrator.processor;

import dev.migrator.model.ColumnType;
import dev.migrator.model.TypeKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Java type (+ {@code @Column} facets, {@code @Lob}, {@code @Enumerated}, {@code @Temporal},
 * {@code @JdbcTypeCode}) to the logical column type Hibernate ORM 7.1 gives it on H2 and
 * PostgreSQL (its {@code H2Dialect}/{@code PostgreSQLDialect} type mappings; proven by the oracle). Returns empty for a type Hibernate would not map as a
 * basic value; the caller reports that.
 */
final class BasicTypes {
    /** Hibernate's defaults: {@code Size.DEFAULT_LENGTH}, the dialects' default numeric precision and scale. */
    static final int DEFAULT_LENGTH = 255;
    private static final int DEFAULT_PRECISION = 38;
    private static final int DEFAULT_SCALE = 2;

    /** Types whose mapping takes no facets: qualified name to type. */
    private static final Map<String, ColumnType> FIXED = Map.ofEntries(
            Map.entry("java.lang.Boolean", ColumnType.BOOLEAN),
            Map.entry("java.lang.Byte", ColumnType.TINYINT),
            Map.entry("java.lang.Short", ColumnType.SMALLINT),
            Map.entry("java.lang.Integer", ColumnType.INTEGER),
            Map.entry("java.lang.Long", ColumnType.BIGINT),
            Map.entry("java.lang.Character", ColumnType.character(1)),
            Map.entry("java.time.LocalDate", ColumnType.DATE),
            Map.entry("java.sql.Date", ColumnType.DATE),
            Map.entry("java.util.UUID", ColumnType.UUID),
            Map.entry("java.time.Year", ColumnType.INTEGER),
            Map.entry("java.time.Duration", ColumnType.numeric(21, 0)),
            Map.entry("java.time.ZoneOffset", ColumnType.varchar(6)),
            Map.entry("java.util.Currency", ColumnType.varchar(3)),
            Map.entry("java.time.ZoneId", ColumnType.varchar(DEFAULT_LENGTH)),
            Map.entry("java.util.TimeZone", ColumnType.varchar(DEFAULT_LENGTH)),
            Map.entry("java.util.Locale", ColumnType.varchar(DEFAULT_LENGTH)),
            Map.entry("java.net.URL", ColumnType.varchar(DEFAULT_LENGTH)),
            Map.entry("java.lang.Class", ColumnType.varchar(DEFAULT_LENGTH)),
            Map.entry("java.sql.Clob", ColumnType.CLOB),
            Map.entry("java.sql.NClob", ColumnType.CLOB),
            Map.entry("java.sql.Blob", ColumnType.BLOB));

    /** Types Hibernate serializes into a binary column. */
    private static final List<String> SERIALIZED = List.of("java.time.YearMonth", "java.time.MonthDay", "java.io.Serializable");

    private final Annotations annotations;
    private final Types types;
    private final Elements elements;

    BasicTypes(Annotations annotations, Types types, Elements elements) {
        this.annotations = annotations;
        this.types = types;
        this.elements = elements;
    }

    /**
     * The type of a basic attribute declared on {@code element} with Java type {@code type}.
     * {@code column} is its {@code @Column} (or {@code null}).
     */
    Optional<BasicType> map(Element element, TypeMirror type, Ann column) {
        return map(element, type, column, new KeyOrValue("Enumerated", "Temporal", "JdbcTypeCode", true));
    }

    /**
     * The type of a map's basic key: bound like a basic attribute, but {@code @MapKeyEnumerated},
     * {@code @MapKeyTemporal} and Hibernate's {@code @MapKeyJdbcTypeCode} stand for {@code @Enumerated},
     * {@code @Temporal} and {@code @JdbcTypeCode}, and {@code @Lob}, which all describe the value, is not read.
     */
    Optional<BasicType> mapKey(Element element, TypeMirror type, Ann column) {
        return map(element, type, column, new KeyOrValue("MapKeyEnumerated", "MapKeyTemporal", "MapKeyJdbcTypeCode", false));
    }

    /** The annotations that describe the part of an attribute being typed: the value itself, or a map's key. */
    private record KeyOrValue(String enumerated, String temporal, String jdbcTypeCode, boolean readsLob) {}

    private Optional<BasicType> map(Element element, TypeMirror type, Ann column, KeyOrValue part) {
        String enumerated = part.enumerated();
        String temporal = part.temporal();
        Facets facets = Facets.of(column);
        boolean lob = part.readsLob() && annotations.hasJpa(element, "Lob");
        Optional<Ann> jdbcTypeCode = annotations.hibernate(element, part.jdbcTypeCode());
        if (jdbcTypeCode.isPresent()) {
            return JdbcTypeCodes.map(jdbcTypeCode.get().integer("value", 0), facets).map(BasicType::of);
        }
        if (type.getKind().isPrimitive()) {
            return Optional.of(BasicType.of(primitive(type, facets)));
        }
        if (type instanceof ArrayType array) {
            return array(element, array, facets, lob);
        }
        if (!(type instanceof DeclaredType declared)) {
            return Optional.empty();
        }
        TypeElement typeElement = (TypeElement) declared.asElement();
        String name = typeElement.getQualifiedName().toString();
        if (typeElement.getKind() == ElementKind.ENUM) {
            return Optional.of(enumType(element, typeElement, facets, enumerated));
        }
        if (name.equals("java.lang.String")) {
            return Optional.of(BasicType.of(lob ? ColumnType.CLOB : ColumnType.varchar(facets.length())));
        }
        if (lob && isSerializable(type)) {
            return Optional.of(BasicType.of(ColumnType.BLOB));
        }
        ColumnType fixed = FIXED.get(name);
        if (fixed != null) {
            return Optional.of(BasicType.of(fixed));
        }
        ColumnType facetted = facetted(element, name, facets, temporal);
        if (facetted != null) {
            return Optional.of(BasicType.of(facetted));
        }
        if (SERIALIZED.contains(name) || (isSerializable(type) && !isEntityLike(typeElement))) {
            return Optional.of(BasicType.of(ColumnType.varbinary(facets.length())));
        }
        return Optional.empty();
    }

    private ColumnType facetted(Element element, String name, Facets facets, String temporalAnnotation) {
        return switch (name) {
            case "java.lang.Float" -> floating(facets, ColumnType.REAL);
            case "java.lang.Double" -> floating(facets, ColumnType.DOUBLE);
            case "java.math.BigDecimal" -> ColumnType.numeric(
                    facets.precision() == 0 ? DEFAULT_PRECISION : facets.precision(),
                    facets.precision() == 0 && facets.scale() == 0 ? DEFAULT_SCALE : facets.scale());
            case "java.math.BigInteger" -> ColumnType.numeric(
                    facets.precision() == 0 ? DEFAULT_PRECISION : facets.precision(), 0);
            case "java.time.LocalTime", "java.sql.Time" -> ColumnType.time(facets.secondPrecision(0));
            case "java.time.OffsetTime" -> ColumnType.timeWithTimeZone(facets.secondPrecision(0));
            case "java.time.LocalDateTime", "java.sql.Timestamp", "java.util.GregorianCalendar" ->
                    ColumnType.timestamp(facets.secondPrecision(6));
            case "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime" ->
                    ColumnType.timestampWithTimeZone(facets.secondPrecision(6));
            // GregorianCalendar keeps its timestamp whatever @Temporal says (oracle: enumkeys.Shift).
            case "java.util.Date", "java.util.Calendar" ->
                    temporal(element, facets, temporalAnnotation);
            default -> null;
        };
    }

    /** {@code java.util.Date} and {@code Calendar} follow {@code @Temporal}; without it, a timestamp. */
    private ColumnType temporal(Element element, Facets facets, String temporalAnnotation) {
        String temporal = annotations.jpa(element, temporalAnnotation).map(t -> t.enumConstant("value")).orElse("TIMESTAMP");
        return switch (temporal) {
            case "DATE" -> ColumnType.DATE;
            case "TIME" -> ColumnType.time(facets.secondPrecision(0));
            default -> ColumnType.timestamp(facets.secondPrecision(6));
        };
    }

    private static ColumnType primitive(TypeMirror type, Facets facets) {
        return switch (type.getKind()) {
            case BOOLEAN -> ColumnType.BOOLEAN;
            case BYTE -> ColumnType.TINYINT;
            case SHORT -> ColumnType.SMALLINT;
            case INT -> ColumnType.INTEGER;
            case LONG -> ColumnType.BIGINT;
            case CHAR -> ColumnType.character(1);
            case FLOAT -> floating(facets, ColumnType.REAL);
            case DOUBLE -> floating(facets, ColumnType.DOUBLE);
            default -> throw new IllegalArgumentException("not a primitive: " + type);
        };
    }

    /** {@code @Column(precision = p)} on a float gives {@code float(ceil(p * log2(10)))} binary digits. */
    private static ColumnType floating(Facets facets, ColumnType otherwise) {
        if (facets.precision() == 0) {
            return otherwise;
        }
        return ColumnType.floatType((int) Math.ceil(facets.precision() * Math.log(10) / Math.log(2)));
    }

    private Optional<BasicType> array(Element element, ArrayType array, Facets facets, boolean lob) {
        TypeMirror component = array.getComponentType();
        switch (component.getKind()) {
            case BYTE:
                return Optional.of(BasicType.of(lob ? ColumnType.BLOB : ColumnType.varbinary(facets.length())));
            case CHAR:
                return Optional.of(BasicType.of(lob ? ColumnType.CLOB : ColumnType.varchar(facets.length())));
            default:
                break;
        }
        String name = component.toString();
        if (name.equals("java.lang.Byte") || name.equals("java.lang.Character")) {
            throw new MappingError(element, Diagnostics.MIG011, name + "[]");
        }
        return Optional.empty();
    }

    private BasicType enumType(Element element, TypeElement enumType, Facets facets, String enumeratedAnnotation) {
        List<String> constants = enumType.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString())
                .toList();
        String enumerated = annotations.jpa(element, enumeratedAnnotation).map(e -> e.enumConstant("value")).orElse("ORDINAL");
        if (enumerated.equals("STRING")) {
            return BasicType.of(new ColumnType(TypeKind.ENUM, facets.length(), null, null, constants, null));
        }
        // EnumJavaType.hasManyValues(): more than 128 constants use SMALLINT, otherwise TINYINT.
        ColumnType type = constants.size() > 128 ? ColumnType.SMALLINT : ColumnType.TINYINT;
        return new BasicType(type, Math.max(constants.size() - 1, 0));
    }

    private boolean isSerializable(TypeMirror type) {
        TypeMirror serializable = elements.getTypeElement("java.io.Serializable").asType();
        return types.isAssignable(types.erasure(type), serializable);
    }

    /** Entities and embeddables are never serialized silently: they need an association mapping. */
    private boolean isEntityLike(TypeElement type) {
        return annotations.hasJpa(type, "Entity") || annotations.hasJpa(type, "Embeddable");
    }

    /** The facets written in {@code @Column}, with JPA's defaults. */
    record Facets(int length, int precision, int scale, int secondPrecisionValue) {
        static Facets of(Ann column) {
            if (column == null) {
                return new Facets(DEFAULT_LENGTH, 0, 0, -1);
            }
            return new Facets(column.integer("length", DEFAULT_LENGTH), column.integer("precision", 0),
                    column.integer("scale", 0), column.integer("secondPrecision", -1));
        }

        /** JPA 3.2 {@code secondPrecision} ({@code -1}: not given); {@code precision} is ignored for temporals. */
        int secondPrecision(int otherwise) {
            return secondPrecisionValue < 0 ? otherwise : secondPrecisionValue;
        }
    }
}
