package dev.migrator.render;

import com.palantir.javapoet.CodeBlock;
import dev.migrator.model.ColumnType;
import dev.migrator.model.TypeKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The shortest {@link dev.migrator.Dsl} expression for a column type: a constant ({@code BIGINT}),
 * a factory ({@code varchar(255)}, {@code numeric(10, 2)}), or, for facet combinations no factory
 * makes, the record's constructor, so that every type renders to an expression equal to it.
 */
final class TypeCode {
    /** Kinds with a {@code Dsl} constant, usable when the type has no facets. */
    private static final Map<TypeKind, String> CONSTANTS = new EnumMap<>(Map.ofEntries(
            Map.entry(TypeKind.BOOLEAN, "$T.BOOLEAN"),
            Map.entry(TypeKind.TINYINT, "$T.TINYINT"),
            Map.entry(TypeKind.SMALLINT, "$T.SMALLINT"),
            Map.entry(TypeKind.INTEGER, "$T.INTEGER"),
            Map.entry(TypeKind.BIGINT, "$T.BIGINT"),
            Map.entry(TypeKind.REAL, "$T.REAL"),
            Map.entry(TypeKind.DOUBLE, "$T.DOUBLE"),
            Map.entry(TypeKind.CLOB, "$T.CLOB"),
            Map.entry(TypeKind.NCLOB, "$T.NCLOB"),
            Map.entry(TypeKind.TEXT, "$T.TEXT"),
            Map.entry(TypeKind.BLOB, "$T.BLOB"),
            Map.entry(TypeKind.DATE, "$T.DATE"),
            Map.entry(TypeKind.UUID, "$T.UUID"),
            Map.entry(TypeKind.JSON, "$T.JSON"),
            Map.entry(TypeKind.XML, "$T.XML")));

    /** Kinds whose factory takes the length only. */
    private static final Map<TypeKind, String> LENGTH = new EnumMap<>(Map.of(
            TypeKind.VARCHAR, "$T.varchar($L)",
            TypeKind.NVARCHAR, "$T.nvarchar($L)",
            TypeKind.CHAR, "$T.character($L)",
            TypeKind.NCHAR, "$T.nchar($L)",
            TypeKind.BINARY, "$T.binary($L)",
            TypeKind.VARBINARY, "$T.varbinary($L)"));

    /** Kinds whose factory takes the precision only. */
    private static final Map<TypeKind, String> PRECISION = new EnumMap<>(Map.of(
            TypeKind.FLOAT, "$T.floatType($L)",
            TypeKind.TIME, "$T.time($L)",
            TypeKind.TIME_WITH_TIME_ZONE, "$T.timeWithTimeZone($L)",
            TypeKind.TIMESTAMP, "$T.timestamp($L)",
            TypeKind.TIMESTAMP_WITH_TIME_ZONE, "$T.timestampWithTimeZone($L)"));

    /** Kinds whose factory takes precision and scale. */
    private static final Map<TypeKind, String> PRECISION_SCALE = new EnumMap<>(Map.of(
            TypeKind.NUMERIC, "$T.numeric($L, $L)",
            TypeKind.INTERVAL_SECOND, "$T.intervalSecond($L, $L)"));

    private TypeCode() {}

    static CodeBlock of(ColumnType t) {
        boolean plain = t.values().isEmpty() && t.definition() == null;
        boolean noNumbers = t.length() == null && t.precision() == null && t.scale() == null;
        if (plain && noNumbers && CONSTANTS.containsKey(t.kind())) {
            return CodeBlock.of(CONSTANTS.get(t.kind()), ModelCode.DSL);
        }
        if (plain && t.length() != null && t.precision() == null && t.scale() == null && LENGTH.containsKey(t.kind())) {
            return CodeBlock.of(LENGTH.get(t.kind()), ModelCode.DSL, t.length());
        }
        if (plain && t.length() == null && t.precision() != null && t.scale() == null
                && PRECISION.containsKey(t.kind())) {
            return CodeBlock.of(PRECISION.get(t.kind()), ModelCode.DSL, t.precision());
        }
        if (plain && t.length() == null && t.precision() != null && t.scale() != null
                && PRECISION_SCALE.containsKey(t.kind())) {
            return CodeBlock.of(PRECISION_SCALE.get(t.kind()), ModelCode.DSL, t.precision(), t.scale());
        }
        if (t.kind() == TypeKind.ENUM && noNumbers && t.definition() == null) {
            return CodeBlock.of("$T.enumOf($L)", ModelCode.DSL, ModelCode.strings(t.values()));
        }
        if (t.kind() == TypeKind.CUSTOM && noNumbers && t.values().isEmpty()) {
            return CodeBlock.of("$T.custom($S)", ModelCode.DSL, t.definition());
        }
        if (plain && noNumbers) {
            return CodeBlock.of("$T.type($T.$N)", ModelCode.DSL, TypeKind.class, t.kind().name());
        }
        return constructor(t);
    }

    private static CodeBlock constructor(ColumnType t) {
        CodeBlock values = t.values().isEmpty()
                ? CodeBlock.of("$T.of()", List.class)
                : CodeBlock.of("$T.of($L)", List.class, ModelCode.strings(t.values()));
        return CodeBlock.of("new $T($T.$N, $L, $L, $L, $L, $S)", ColumnType.class, TypeKind.class, t.kind().name(),
                t.length(), t.precision(), t.scale(), values, t.definition());
    }
}
