package dev.migrator.snapshot;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.PrimaryKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import dev.migrator.model.TypeKind;
import dev.migrator.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a parsed JSON tree back into an {@link EntitySnapshot}, reporting every missing or
 * mistyped member (and every value the model rejects) at the position of the object holding it.
 */
final class SnapshotDecoder {
    private final JsonReader reader;

    SnapshotDecoder(JsonReader reader) {
        this.reader = reader;
    }

    EntitySnapshot snapshot(Object root) throws SnapshotFormatException {
        Map<String, Object> object = object(root, null, "the snapshot");
        Map<String, Object> schema = object(object.get("schema"), object, "\"schema\"");
        Map<String, String> origins = new LinkedHashMap<>();
        Map<String, Object> rawOrigins = object(object.getOrDefault("origins", Map.of()), object, "\"origins\"");
        for (Map.Entry<String, Object> entry : rawOrigins.entrySet()) {
            origins.put(entry.getKey(), string(rawOrigins, entry.getKey(), true));
        }
        List<Table> tables = new ArrayList<>();
        Map<String, String> bindings = new LinkedHashMap<>();
        for (Map<String, Object> table : objects(schema, "tables")) {
            tables.add(table(table, bindings));
        }
        List<Sequence> sequences = new ArrayList<>();
        for (Map<String, Object> sequence : objects(schema, "sequences")) {
            sequences.add(build(sequence, () -> new Sequence(string(sequence, "name", true), number(sequence, "start"),
                    number(sequence, "increment"), string(sequence, "options", false))));
        }
        Schema model = build(schema, () -> new Schema(tables, sequences));
        return new EntitySnapshot(string(object, "entityClass", true), string(object, "naming", true), model, origins,
                string(object, "dialect", false), bindings, string(object, "implicitNaming", false));
    }

    private Table table(Map<String, Object> json, Map<String, String> bindings) throws SnapshotFormatException {
        List<Column> columns = new ArrayList<>();
        for (Map<String, Object> column : objects(json, "columns")) {
            columns.add(column(column));
            String binding = string(column, "binding", false);
            if (binding != null && !EntitySnapshot.PHASES.contains(binding)) {
                throw reader.errorAt(column, "unknown binding \"" + binding + "\"; expected one of "
                        + EntitySnapshot.PHASES + " or none (first pass)");
            }
            if (binding != null) {
                bindings.put(string(json, "name", true) + "." + string(column, "name", true), binding);
            }
        }
        PrimaryKey pk = null;
        if (json.get("primaryKey") != null) {
            Map<String, Object> pkJson = object(json.get("primaryKey"), json, "\"primaryKey\"");
            pk = build(pkJson, () -> new PrimaryKey(string(pkJson, "name", false), strings(pkJson, "columns")));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (Map<String, Object> u : objects(json, "uniqueConstraints")) {
            uniques.add(build(u, () -> new UniqueConstraint(string(u, "name", false), strings(u, "columns"),
                    string(u, "options", false))));
        }
        List<ForeignKey> fks = new ArrayList<>();
        for (Map<String, Object> f : objects(json, "foreignKeys")) {
            fks.add(foreignKey(f));
        }
        List<Index> indexes = new ArrayList<>();
        for (Map<String, Object> i : objects(json, "indexes")) {
            indexes.add(build(i, () -> new Index(string(i, "name", true), strings(i, "columns"), bool(i, "unique"),
                    string(i, "options", false))));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (Map<String, Object> c : objects(json, "checks")) {
            checks.add(build(c, () -> new CheckConstraint(string(c, "name", false), string(c, "expression", true))));
        }
        PrimaryKey primaryKey = pk;
        return build(json, () -> new Table(string(json, "name", true), columns, primaryKey, uniques, fks, indexes,
                checks, string(json, "comment", false), string(json, "options", false), null));
    }

    private Column column(Map<String, Object> json) throws SnapshotFormatException {
        Map<String, Object> type = object(json.get("type"), json, "\"type\"");
        ColumnType columnType = build(type, () -> new ColumnType(
                kind(type), integer(type, "length"), integer(type, "precision"), integer(type, "scale"),
                strings(type, "values"), string(type, "definition", false)));
        return build(json, () -> new Column(
                string(json, "name", true),
                columnType,
                bool(json, "nullable"),
                string(json, "default", false),
                bool(json, "identity"),
                string(json, "check", false),
                string(json, "comment", false),
                string(json, "generatedAs", false),
                string(json, "options", false),
                null));
    }

    private ForeignKey foreignKey(Map<String, Object> json) throws SnapshotFormatException {
        return build(json, () -> new ForeignKey(
                string(json, "name", false),
                strings(json, "columns"),
                string(json, "referencedTable", true),
                strings(json, "referencedColumns"),
                onDelete(json),
                string(json, "options", false)));
    }

    private ForeignKey.OnDelete onDelete(Map<String, Object> json) throws SnapshotFormatException {
        String value = string(json, "onDelete", false);
        try {
            return value == null ? ForeignKey.OnDelete.NO_ACTION : ForeignKey.OnDelete.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw reader.errorAt(json, "unknown onDelete action \"" + value + "\"");
        }
    }

    private TypeKind kind(Map<String, Object> type) throws SnapshotFormatException {
        String kind = string(type, "kind", true);
        try {
            return SnapshotCodec.kind(kind);
        } catch (IllegalArgumentException e) {
            throw reader.errorAt(type, "unknown column type kind \"" + kind + "\"");
        }
    }

    /** A model constructor that may reject its arguments. */
    private interface Builder<T> {
        T build() throws SnapshotFormatException;
    }

    /** Runs a model constructor, turning its argument checks into located format errors. */
    private <T> T build(Object at, Builder<T> builder) throws SnapshotFormatException {
        try {
            return builder.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw reader.errorAt(at, "invalid value: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(Object value, Object parent, String what) throws SnapshotFormatException {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw reader.errorAt(parent, what + " must be a JSON object");
    }

    private List<Map<String, Object>> objects(Map<String, Object> json, String key) throws SnapshotFormatException {
        Object value = json.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw reader.errorAt(json, "\"" + key + "\" must be an array");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object item : list) {
            out.add(object(item, list, "each element of \"" + key + "\""));
        }
        return out;
    }

    private List<String> strings(Map<String, Object> json, String key) throws SnapshotFormatException {
        Object value = json.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw reader.errorAt(json, "\"" + key + "\" must be an array of strings");
    }

    private String string(Map<String, Object> json, String key, boolean required) throws SnapshotFormatException {
        Object value = json.get(key);
        if (value == null && !required) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        throw reader.errorAt(json, value == null ? "missing member \"" + key + "\"" : "\"" + key + "\" must be a string");
    }

    private boolean bool(Map<String, Object> json, String key) throws SnapshotFormatException {
        Object value = json.get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw reader.errorAt(json, "\"" + key + "\" must be true or false");
    }

    private Integer integer(Map<String, Object> json, String key) throws SnapshotFormatException {
        Object value = json.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        throw reader.errorAt(json, "\"" + key + "\" must be an integer");
    }

    private long number(Map<String, Object> json, String key) throws SnapshotFormatException {
        Object value = json.get(key);
        if (value instanceof Long l) {
            return l;
        }
        throw reader.errorAt(json, value == null ? "missing member \"" + key + "\"" : "\"" + key + "\" must be an integer");
    }
}
