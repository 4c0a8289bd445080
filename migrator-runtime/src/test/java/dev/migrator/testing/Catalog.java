package dev.migrator.testing;

import dev.migrator.dialect.Dialect;
import dev.migrator.dialect.IdentifierQuoter;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;

/** Reads what a database really has, through JDBC metadata, by the model's (unstored) names. */
public final class Catalog {
    private final DataSource dataSource;
    private final Dialect dialect;

    public Catalog(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** The name as the database stores it: quoted names as written, others folded to its case. */
    public String stored(String name) {
        if (dialect.quote(name).startsWith("\"")) {
            return IdentifierQuoter.unwrap(name);
        }
        if (dialect.name().equals("h2")) {
            return name.toUpperCase(Locale.ENGLISH);
        }
        StringBuilder folded = new StringBuilder();
        name.chars().forEach(c -> folded.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) c));
        return folded.toString();
    }

    public boolean hasTable(String table) {
        return query(meta -> meta.getTables(null, null, pattern(meta, stored(table)), new String[] {"TABLE", "BASE TABLE"}),
                rows -> rows.next());
    }

    /** Column name (stored) to "TYPE_NAME(COLUMN_SIZE) NULL|NOT NULL default=... remarks=...". */
    public Map<String, String> columns(String table) {
        return query(meta -> meta.getColumns(null, null, pattern(meta, stored(table)), null), rows -> {
            Map<String, String> columns = new LinkedHashMap<>();
            while (rows.next()) {
                columns.put(rows.getString("COLUMN_NAME"), rows.getString("TYPE_NAME").toLowerCase(Locale.ROOT) + "("
                        + rows.getInt("COLUMN_SIZE") + ")" + (rows.getInt("NULLABLE") == 0 ? " not null" : "")
                        + (rows.getString("COLUMN_DEF") != null ? " default " + rows.getString("COLUMN_DEF") : "")
                        + (rows.getString("REMARKS") != null && !rows.getString("REMARKS").isEmpty()
                                ? " remarks " + rows.getString("REMARKS") : ""));
            }
            return columns;
        });
    }

    public String column(String table, String column) {
        return columns(table).get(stored(column));
    }

    public List<String> primaryKey(String table) {
        return query(meta -> meta.getPrimaryKeys(null, null, stored(table)), rows -> {
            List<String> columns = new ArrayList<>();
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
            return columns;
        });
    }

    /** "FKNAME(col)->table(col) delete=rule" for each imported key. */
    public List<String> foreignKeys(String table) {
        return query(meta -> meta.getImportedKeys(null, null, stored(table)), rows -> {
            List<String> keys = new ArrayList<>();
            while (rows.next()) {
                keys.add(rows.getString("FK_NAME") + "(" + rows.getString("FKCOLUMN_NAME") + ")->"
                        + rows.getString("PKTABLE_NAME") + "(" + rows.getString("PKCOLUMN_NAME") + ") delete="
                        + rows.getInt("DELETE_RULE"));
            }
            return keys;
        });
    }

    /** Index names (stored), with " unique" for unique ones; H2's and PostgreSQL's own key indexes included. */
    public TreeSet<String> indexes(String table) {
        return query(meta -> meta.getIndexInfo(null, null, stored(table), false, false), rows -> {
            TreeSet<String> names = new TreeSet<>();
            while (rows.next()) {
                if (rows.getString("INDEX_NAME") != null) {
                    names.add(rows.getString("INDEX_NAME") + (rows.getBoolean("NON_UNIQUE") ? "" : " unique"));
                }
            }
            return names;
        });
    }

    /** Constraint names of a type (UNIQUE, CHECK, FOREIGN KEY, PRIMARY KEY) from information_schema. */
    public TreeSet<String> constraints(String table, String type) {
        String sql = "select constraint_name from information_schema.table_constraints where table_name = ? "
                + "and constraint_type = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, stored(table));
            statement.setString(2, type);
            TreeSet<String> names = new TreeSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    if (!(dialect.name().equals("postgresql") && name.endsWith("_not_null"))) {
                        names.add(name);
                    }
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String tableComment(String table) {
        return query(meta -> meta.getTables(null, null, pattern(meta, stored(table)), null),
                rows -> rows.next() ? rows.getString("REMARKS") : null);
    }

    public boolean hasSequence(String sequence) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from information_schema.sequences where sequence_name = ?")) {
            statement.setString(1, stored(sequence));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long sequenceIncrement(String sequence) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select increment from information_schema.sequences where sequence_name = ?")) {
            statement.setString(1, stored(sequence));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Long.parseLong(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code name} as a metadata search pattern that matches only itself. */
    private static String pattern(DatabaseMetaData meta, String name) throws SQLException {
        String escape = meta.getSearchStringEscape();
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    private interface MetaQuery {
        ResultSet run(DatabaseMetaData meta) throws SQLException;
    }

    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(MetaQuery query, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection(); ResultSet rows = query.run(connection.getMetaData())) {
            return reader.read(rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
