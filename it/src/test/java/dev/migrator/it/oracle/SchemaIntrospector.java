package dev.migrator.it.oracle;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a database's schema through JDBC ({@link DatabaseMetaData}, {@code information_schema},
 * {@code pg_catalog}) into a {@link SchemaDescription}: tables, columns (type name, size, decimal
 * digits, nullability, default, identity, comment), primary keys, foreign keys, unique
 * constraints, indexes, check constraints and sequences — with their names — and what JPA 3.2
 * {@code options} change there ({@link OptionFacts}).
 *
 * <p>Names are compared exactly as the database stores them (so a quoting difference shows),
 * except where the database invents a name in a way that depends on the order statements ran in;
 * each such normalisation is below with its reason. Column order is not compared: a database
 * cannot reorder columns, and the schema model deliberately leaves order out of equality.
 */
public final class SchemaIntrospector {

    /**
     * H2 names an unnamed constraint {@code CONSTRAINT_} + hex digits of the table name's hash,
     * then appends characters or a counter until the name is free in the table. Which constraint
     * gets which name therefore depends on the order the constraints were created in (a
     * {@code create table} with inline uniques versus a later {@code alter table}), which is not
     * part of the schema; PostgreSQL's names are derived from table and columns and are kept.
     */
    private static final Pattern H2_GENERATED_NAME = Pattern.compile("CONSTRAINT_[0-9A-F]+(_[0-9]+)?");

    /** Our own bookkeeping tables; Hibernate's database has none. */
    private static final Set<String> IGNORED_TABLES =
            Set.of("migrator_history", "MIGRATOR_HISTORY", "migrator_lock", "MIGRATOR_LOCK");

    private final Database database;

    private SchemaIntrospector(Database database) {
        this.database = database;
    }

    public static SchemaDescription describe(Database database) {
        try (Connection connection = database.connect()) {
            return new SchemaIntrospector(database).describe(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot introspect " + database, e);
        }
    }

    /**
     * Every schema but the databases' own ({@link #isSystemSchema}): each other schema is a line of
     * its own ({@code schema sales: exists}), so a missing or extra schema is a difference even when
     * it is empty, and its tables and sequences are named {@code sales.orders}; the default schema's
     * are named as before, unqualified.
     */
    private SchemaDescription describe(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> lines = new ArrayList<>();
        OptionFacts options = new OptionFacts(connection, database);
        for (String schema : schemas(meta)) {
            if (!schema.equals(database.defaultSchema())) {
                lines.add("schema " + schema + ": exists");
            }
            for (String table : tables(meta, schema, lines)) {
                String prefix = "table " + label(schema, table) + ": ";
                Set<String> constraintNames = new TreeSet<>();
                columns(connection, meta, schema, table, prefix, lines);
                primaryKey(meta, schema, table, prefix, lines, constraintNames);
                foreignKeys(meta, schema, table, prefix, lines);
                uniques(connection, schema, table, prefix, lines, constraintNames);
                indexes(connection, meta, schema, table, prefix, lines, constraintNames);
                checks(connection, schema, table, prefix, lines);
                options.table(meta, schema, table, prefix, lines);
            }
            sequences(connection, schema, lines);
            options.sequences(schema, name -> label(schema, name), lines);
        }
        return new SchemaDescription(lines);
    }

    private List<String> schemas(DatabaseMetaData meta) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (ResultSet rs = meta.getSchemas()) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (!isSystemSchema(schema)) {
                    schemas.add(schema);
                }
            }
        }
        return schemas;
    }

    /** H2's {@code INFORMATION_SCHEMA}; PostgreSQL's {@code information_schema} and {@code pg_*} (catalog, toast, temp). */
    private static boolean isSystemSchema(String schema) {
        return schema.equalsIgnoreCase("information_schema") || schema.startsWith("pg_");
    }

    /** A table's or sequence's name in the description: qualified outside the default schema. */
    private String label(String schema, String name) {
        return schema == null || schema.equals(database.defaultSchema()) ? name : schema + "." + name;
    }

    private List<String> tables(DatabaseMetaData meta, String schema, List<String> lines) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, escape(meta, schema), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (!IGNORED_TABLES.contains(table)) {
                    tables.add(table);
                    lines.add("table " + label(schema, table) + ": exists" + comment(rs.getString("REMARKS")));
                }
            }
        }
        return tables;
    }

    private void columns(Connection connection, DatabaseMetaData meta, String schema, String table, String prefix,
            List<String> lines)
            throws SQLException {
        Map<String, String> identities = identityGenerations(connection, schema, table);
        Map<String, String> generated = generationExpressions(connection, schema, table);
        try (ResultSet rs = meta.getColumns(null, escape(meta, schema), escape(meta, table), "%")) {
            while (rs.next()) {
                StringBuilder line = new StringBuilder(prefix).append("column ").append(rs.getString("COLUMN_NAME"));
                line.append(' ').append(rs.getString("TYPE_NAME"));
                line.append('(').append(rs.getInt("COLUMN_SIZE")).append(',').append(rs.getInt("DECIMAL_DIGITS")).append(')');
                line.append(rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : " null");
                String defaultValue = rs.getString("COLUMN_DEF");
                if (defaultValue != null) {
                    line.append(" default ").append(defaultValue.strip());
                }
                String expression = generated.get(rs.getString("COLUMN_NAME"));
                if (expression != null) {
                    line.append(" generated always as (").append(expression.strip()).append(')');
                }
                if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
                    line.append(" identity ").append(identities.get(rs.getString("COLUMN_NAME")));
                }
                line.append(comment(rs.getString("REMARKS")));
                lines.add(line.toString());
            }
        }
    }

    /**
     * The expression of each generated (computed) column, as the database stores it:
     * {@code information_schema.columns.generation_expression}, which H2 and PostgreSQL both keep
     * ({@code is_generated = 'ALWAYS'}). JDBC metadata alone does not tell such a column from an
     * ordinary one on H2 (PostgreSQL's driver reports the expression as the column's default).
     */
    private Map<String, String> generationExpressions(Connection connection, String schema, String table)
            throws SQLException {
        return columnFacts(connection, schema, table, "generation_expression", "is_generated = 'ALWAYS'");
    }

    /** {@code ALWAYS} or {@code BY DEFAULT} per identity column: JDBC metadata only says "autoincrement". */
    private Map<String, String> identityGenerations(Connection connection, String schema, String table)
            throws SQLException {
        return columnFacts(connection, schema, table, "identity_generation", "is_identity = 'YES'");
    }

    /** Column name to {@code fact} (an {@code information_schema.columns} column) for the columns where {@code condition} holds. */
    private Map<String, String> columnFacts(Connection connection, String schema, String table, String fact,
            String condition)
            throws SQLException {
        Map<String, String> facts = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select column_name, " + fact
                + " from information_schema.columns where table_schema = ? and table_name = ? and " + condition)) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    facts.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return facts;
    }

    private void primaryKey(DatabaseMetaData meta, String schema, String table, String prefix, List<String> lines,
            Set<String> names)
            throws SQLException {
        TreeMap<Integer, String> columns = new TreeMap<>();
        String name = null;
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                name = rs.getString("PK_NAME");
            }
        }
        if (!columns.isEmpty()) {
            names.add(name);
            lines.add(prefix + "primary key " + constraintName(name) + " " + columns.values());
        }
    }

    private void foreignKeys(DatabaseMetaData meta, String schema, String table, String prefix, List<String> lines)
            throws SQLException {
        Map<String, TreeMap<Integer, String[]>> keys = new TreeMap<>();
        Map<String, String> tails = new TreeMap<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                String name = constraintName(rs.getString("FK_NAME"));
                keys.computeIfAbsent(name, n -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"),
                        new String[] {rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")});
                tails.put(name, label(rs.getString("PKTABLE_SCHEM"), rs.getString("PKTABLE_NAME")) + " on delete " + deleteRule(rs.getShort("DELETE_RULE")));
            }
        }
        keys.forEach((name, columns) -> {
            List<String> from = columns.values().stream().map(c -> c[0]).toList();
            List<String> to = columns.values().stream().map(c -> c[1]).toList();
            String tail = tails.get(name);
            int on = tail.indexOf(" on delete ");
            lines.add(prefix + "foreign key " + name + " " + from + " references " + tail.substring(0, on) + " " + to
                    + tail.substring(on));
        });
    }

    private void uniques(Connection connection, String schema, String table, String prefix, List<String> lines,
            Set<String> names)
            throws SQLException {
        String sql = "select tc.constraint_name, kcu.column_name from information_schema.table_constraints tc"
                + " join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name"
                + " and kcu.constraint_schema = tc.constraint_schema and kcu.table_name = tc.table_name"
                + " where tc.constraint_type = 'UNIQUE' and tc.table_schema = ? and tc.table_name = ?"
                + " order by tc.constraint_name, kcu.ordinal_position";
        Map<String, List<String>> uniques = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    uniques.computeIfAbsent(rs.getString(1), n -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        names.addAll(uniques.keySet());
        uniques.forEach((name, columns) -> lines.add(prefix + "unique " + constraintName(name) + " " + columns));
    }

    private void indexes(Connection connection, DatabaseMetaData meta, String schema, String table, String prefix,
            List<String> lines, Set<String> constraintNames) throws SQLException {
        Set<String> generated = database.isH2() ? h2GeneratedIndexes(connection, schema, table) : constraintNames;
        Map<String, TreeMap<Integer, String>> indexes = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || generated.contains(name)) {
                    continue;
                }
                String order = "D".equals(rs.getString("ASC_OR_DESC")) ? " desc" : "";
                indexes.computeIfAbsent(name, n -> new TreeMap<>())
                        .put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME") + order);
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        indexes.forEach((name, columns) -> lines.add(
                prefix + (unique.get(name) ? "unique index " : "index ") + name + " " + columns.values()));
    }

    /**
     * H2 creates an index behind every primary key, unique constraint and foreign key that has
     * none to reuse ({@code PRIMARY_KEY_1}, {@code CONSTRAINT_INDEX_2}, {@code FK..._INDEX_3}); it
     * marks them generated. They belong to the constraints, which are compared themselves, and
     * whether one is needed depends on statement order. PostgreSQL's counterpart (the index behind
     * a primary key or unique constraint, named like the constraint) is excluded by name instead.
     */
    private Set<String> h2GeneratedIndexes(Connection connection, String schema, String table) throws SQLException {
        Set<String> generated = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement("select index_name from information_schema.indexes"
                + " where is_generated and table_schema = ? and table_name = ?")) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    generated.add(rs.getString(1));
                }
            }
        }
        return generated;
    }

    private void checks(Connection connection, String schema, String table, String prefix, List<String> lines)
            throws SQLException {
        // The database stores a check in its own canonical form, so both sides' expressions went
        // through the same parser; only whitespace is normalised.
        String sql = database.isH2()
                ? "select tc.constraint_name, cc.check_clause from information_schema.table_constraints tc"
                        + " join information_schema.check_constraints cc on cc.constraint_name = tc.constraint_name"
                        + " and cc.constraint_schema = tc.constraint_schema"
                        + " where tc.constraint_type = 'CHECK' and tc.table_schema = ? and tc.table_name = ?"
                : "select c.conname, pg_get_constraintdef(c.oid) from pg_constraint c"
                        + " join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace"
                        + " where c.contype = 'c' and n.nspname = ? and t.relname = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add(prefix + "check " + constraintName(rs.getString(1)) + " "
                            + sortedValueLists(rs.getString(2).replaceAll("\\s+", " ").strip()));
                }
            }
        }
    }

    /**
     * Sequences with start, increment and type. H2 keeps the sequences behind identity columns
     * out of {@code information_schema.sequences}; PostgreSQL lists them with derived names
     * ({@code table_column_seq}), which are compared.
     */
    private void sequences(Connection connection, String schema, List<String> lines) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select sequence_name, start_value, increment, data_type from information_schema.sequences"
                        + " where sequence_schema = ?")) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add("sequence " + label(schema, rs.getString(1)) + ": start " + rs.getString(2) + " increment "
                            + rs.getString(3) + " type " + rs.getString(4));
                }
            }
        }
    }

    /**
     * A value list ({@code IN('b', 'a')} on H2, {@code ARRAY['b'::…, 'a'::…]} on PostgreSQL) with
     * its elements sorted. The order inside such a list means nothing to the constraint, and
     * Hibernate's own order is not stable: the discriminator values of a SINGLE_TABLE check come
     * in the order the entity classes were registered (verified by booting the same classes in
     * two orders). Elements are split at {@code ", "}, which no value in the fixtures contains.
     */
    static String sortedValueLists(String expression) {
        return sortEach(sortEach(expression, IN_LIST), ARRAY_LIST);
    }

    private static final Pattern IN_LIST = Pattern.compile("(?i)(\\bIN\\s*\\()([^()]*)(\\))");

    private static final Pattern ARRAY_LIST = Pattern.compile("(ARRAY\\[)([^\\[\\]]*)(\\])");

    private static String sortEach(String expression, Pattern list) {
        return list.matcher(expression).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(match.group(1)
                + String.join(", ", java.util.Arrays.stream(match.group(2).split(", ")).sorted().toList()) + match.group(3)));
    }

    private String constraintName(String name) {
        if (name == null) {
            return "<unnamed>";
        }
        return database.isH2() && H2_GENERATED_NAME.matcher(name).matches() ? "<named by H2>" : name;
    }

    private static String deleteRule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            default -> "NO ACTION";
        };
    }

    private static String comment(String remarks) {
        return remarks == null || remarks.isEmpty() ? "" : " comment '" + remarks + "'";
    }

    /** getColumns takes a LIKE pattern: a table named {@code my_table} must not match {@code myXtable}. */
    private static String escape(DatabaseMetaData meta, String name) throws SQLException {
        String escape = meta.getSearchStringEscape();
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
