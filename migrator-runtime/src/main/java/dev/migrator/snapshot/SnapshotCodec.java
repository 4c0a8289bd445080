package dev.migrator.snapshot;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import dev.migrator.model.TypeKind;
import dev.migrator.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * JSON form of an {@link EntitySnapshot}, the contract between the processor and the plugin.
 *
 * <p>Layout: {@code {"dialect", "entityClass", "implicitNaming", "naming", "origins": {...}, "schema":
 * {"tables": [...], "sequences": [...]}}} ({@code dialect} only when the fragment has one,
 * {@code implicitNaming} only when it is not {@code "jpa"}). Object keys are sorted; members whose value is {@code null}, an empty
 * list or {@code false} are left out; list order is the model's (columns in creation order,
 * constraints in canonical order). A column bound after Hibernate's first pass carries its phase,
 * {@code "binding": "joinColumn"} or {@code "collectionKey"} ({@link EntitySnapshot#bindings}).
 * {@link #toJson} is deterministic and {@link #fromJson}
 * inverts it exactly. Stateless and thread safe.
 */
public final class SnapshotCodec {
    private SnapshotCodec() {}

    public static String toJson(EntitySnapshot snapshot) {
        Map<String, Object> root = new LinkedHashMap<>();
        put(root, "dialect", snapshot.dialect());
        root.put("entityClass", snapshot.entityClass());
        // Absent for JPA's implicit naming, so that every fragment written before the option existed reads the same.
        put(root, "implicitNaming", EntitySnapshot.JPA_IMPLICIT_NAMING.equals(snapshot.implicitNaming()) ? null
                : snapshot.implicitNaming());
        root.put("naming", snapshot.naming());
        root.put("origins", new LinkedHashMap<>(snapshot.origins()));
        root.put("schema", schema(snapshot));
        return JsonWriter.write(root);
    }

    /** Reads a fragment; errors name {@code "<string>"} as the source. */
    public static EntitySnapshot fromJson(String json) throws SnapshotFormatException {
        return fromJson(json, "<string>");
    }

    /** Reads a fragment; {@code source} (a file or resource name) is named in error messages. */
    public static EntitySnapshot fromJson(String json, String source) throws SnapshotFormatException {
        Object[] root = new Object[1];
        JsonReader reader = JsonReader.parse(source, json, root);
        return new SnapshotDecoder(reader).snapshot(root[0]);
    }

    private static Map<String, Object> schema(EntitySnapshot snapshot) {
        Schema schema = snapshot.schema();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tables", map(schema.tables(), table -> table(table, snapshot)));
        out.put("sequences", map(schema.sequences(), SnapshotCodec::sequence));
        return out;
    }

    private static Map<String, Object> table(Table table, EntitySnapshot snapshot) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", table.name());
        put(out, "columns", map(table.columns(), column -> column(column, snapshot.binding(table.name(), column.name()))));
        if (table.primaryKey() != null) {
            Map<String, Object> pk = new LinkedHashMap<>();
            put(pk, "name", table.primaryKey().name());
            pk.put("columns", table.primaryKey().columns());
            out.put("primaryKey", pk);
        }
        put(out, "uniqueConstraints", map(table.uniqueConstraints(), SnapshotCodec::unique));
        put(out, "foreignKeys", map(table.foreignKeys(), SnapshotCodec::foreignKey));
        put(out, "indexes", map(table.indexes(), SnapshotCodec::index));
        put(out, "checks", map(table.checks(), SnapshotCodec::check));
        put(out, "comment", table.comment());
        put(out, "options", table.options());
        return out;
    }

    private static Map<String, Object> column(Column column, String binding) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", column.name());
        put(out, "binding", binding);
        out.put("type", type(column.type()));
        out.put("nullable", column.nullable());
        put(out, "default", column.defaultValue());
        put(out, "identity", column.identity());
        put(out, "check", column.check());
        put(out, "comment", column.comment());
        put(out, "generatedAs", column.generatedAs());
        put(out, "options", column.options());
        return out;
    }

    private static Map<String, Object> type(ColumnType type) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", type.kind().name());
        put(out, "length", type.length());
        put(out, "precision", type.precision());
        put(out, "scale", type.scale());
        put(out, "values", type.values());
        put(out, "definition", type.definition());
        return out;
    }

    private static Map<String, Object> unique(UniqueConstraint unique) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "name", unique.name());
        out.put("columns", unique.columns());
        put(out, "options", unique.options());
        return out;
    }

    private static Map<String, Object> foreignKey(ForeignKey fk) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "name", fk.name());
        out.put("columns", fk.columns());
        out.put("referencedTable", fk.referencedTable());
        out.put("referencedColumns", fk.referencedColumns());
        if (fk.onDelete() != ForeignKey.OnDelete.NO_ACTION) {
            out.put("onDelete", fk.onDelete().name());
        }
        put(out, "options", fk.options());
        return out;
    }

    private static Map<String, Object> index(Index index) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", index.name());
        out.put("columns", index.columns());
        put(out, "unique", index.unique());
        put(out, "options", index.options());
        return out;
    }

    private static Map<String, Object> check(CheckConstraint check) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "name", check.name());
        out.put("expression", check.expression());
        return out;
    }

    private static Map<String, Object> sequence(Sequence sequence) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", sequence.name());
        out.put("start", sequence.start());
        out.put("increment", sequence.increment());
        put(out, "options", sequence.options());
        return out;
    }

    /** Leaves out absent values so that fragments stay short and diffs of them readable. */
    private static void put(Map<String, Object> out, String key, Object value) {
        boolean absent = value == null
                || Boolean.FALSE.equals(value)
                || (value instanceof List<?> list && list.isEmpty());
        if (!absent) {
            out.put(key, value);
        }
    }

    private static <T> List<Object> map(List<T> items, Function<T, Object> encoder) {
        List<Object> out = new ArrayList<>();
        items.forEach(item -> out.add(encoder.apply(item)));
        return out;
    }

    /** Kept here so that codec and decoder agree on the kind names. */
    static TypeKind kind(String name) {
        return TypeKind.valueOf(name);
    }
}
