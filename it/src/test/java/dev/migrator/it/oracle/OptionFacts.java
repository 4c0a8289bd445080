package dev.migrator.it.oracle;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The schema facts that JPA 3.2 {@code options} change and that the rest of {@link SchemaIntrospector}
 * does not read: a foreign key's update rule and deferrability, a sequence's bounds, cycling and
 * cache, and on PostgreSQL the storage parameters of tables and indexes ({@code with (fillfactor=70)}),
 * the included columns of an index ({@code include (c)}) and deferrable constraints. A line is written
 * only where a fact differs from the database's default, so schemas without options describe as before
 * (both sides of a comparison are the same database, so defaults are the same on both).
 */
final class OptionFacts {
    private final Connection connection;
    private final Database database;

    OptionFacts(Connection connection, Database database) {
        this.connection = connection;
        this.database = database;
    }

    /** The option facts of {@code table} in {@code schema}, each line starting with {@code prefix}. */
    void table(DatabaseMetaData meta, String schema, String table, String prefix, List<String> lines) throws SQLException {
        foreignKeyRules(meta, schema, table, prefix, lines);
        if (!database.isH2()) {
            postgresRows(schema, table, prefix, lines, "select c.relname, array_to_string(c.reloptions, ',') from pg_class c"
                    + " where c.reloptions is not null and (c.oid = %1$s or c.oid in (select indexrelid from pg_index"
                    + " where indrelid = %1$s))", "storage %s: %s");
            postgresRows(schema, table, prefix, lines, "select i.relname, x.indnkeyatts || ' key column(s) of ' || x.indnatts"
                    + " from pg_index x join pg_class i on i.oid = x.indexrelid where x.indrelid = %1$s"
                    + " and x.indnkeyatts <> x.indnatts", "index %s: %s");
            postgresRows(schema, table, prefix, lines, "select conname, case when condeferred then 'initially deferred' else"
                    + " 'initially immediate' end from pg_constraint where conrelid = %1$s and condeferrable",
                    "constraint %s: deferrable %s");
        }
    }

    /**
     * Bounds, cycling and cache of every sequence of {@code schema}; {@code label} is how the
     * introspection names a sequence of that schema.
     */
    void sequences(String schema, java.util.function.UnaryOperator<String> label, List<String> lines) throws SQLException {
        String sql = database.isH2()
                ? "select sequence_name, minimum_value, maximum_value, cycle_option, cache from information_schema.sequences"
                        + " where sequence_schema = ?"
                : "select sequencename, min_value, max_value, case when cycle then 'YES' else 'NO' end, cache_size"
                        + " from pg_sequences where schemaname = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add("sequence " + label.apply(rs.getString(1)) + ": min " + rs.getString(2) + " max " + rs.getString(3)
                            + " cycle " + rs.getString(4) + " cache " + rs.getString(5));
                }
            }
        }
    }

    /** {@code on update} other than the default (no action / restrict), and deferrable keys. */
    private void foreignKeyRules(DatabaseMetaData meta, String schema, String table, String prefix, List<String> lines)
            throws SQLException {
        Map<String, String> rules = new TreeMap<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                String rule = switch (rs.getShort("UPDATE_RULE")) {
                    case DatabaseMetaData.importedKeyCascade -> " on update cascade";
                    case DatabaseMetaData.importedKeySetNull -> " on update set null";
                    case DatabaseMetaData.importedKeySetDefault -> " on update set default";
                    default -> "";
                };
                String deferrable = switch (rs.getShort("DEFERRABILITY")) {
                    case DatabaseMetaData.importedKeyInitiallyDeferred -> " deferrable initially deferred";
                    case DatabaseMetaData.importedKeyInitiallyImmediate -> " deferrable initially immediate";
                    default -> "";
                };
                if (!(rule + deferrable).isEmpty()) {
                    rules.put(rs.getString("FK_NAME"), rule + deferrable);
                }
            }
        }
        rules.forEach((name, rule) -> lines.add(prefix + "foreign key " + name + rule));
    }

    /** Rows {@code (name, fact)} of a PostgreSQL catalog query about {@code table} ({@code %1$s}: its oid). */
    private void postgresRows(String schema, String table, String prefix, List<String> lines, String query, String line)
            throws SQLException {
        String oid = "to_regclass(quote_ident(?) || '.' || quote_ident(?))";
        String sql = String.format(query, oid);
        int parameters = (sql.length() - sql.replace("?", "").length()) / 2;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters; i++) {
                statement.setString(2 * i + 1, schema);
                statement.setString(2 * i + 2, table);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add(prefix + String.format(line, rs.getString(1), rs.getString(2)));
                }
            }
        }
    }
}
