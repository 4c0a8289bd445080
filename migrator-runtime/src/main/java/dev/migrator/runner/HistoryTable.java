package dev.migrator.runner;

import dev.migrator.AppliedMigration;
import dev.migrator.MigrationInfo;
import dev.migrator.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@value #NAME} table: one row per applied migration (and per interrupted run on H2). The
 * SQL is the same on H2 and PostgreSQL. Values always go through bind parameters.
 *
 * <p>Columns: {@code install_order} (primary key, 1, 2, ...), {@code id} (unique: a migration can
 * be recorded only once, whatever happens), {@code parents} (comma-separated ids), {@code description},
 * {@code checksum}, {@code applied_at}, {@code applied_by}, {@code execution_ms}, {@code state}
 * ({@link AppliedMigration#APPLIED} and the others).
 */
public final class HistoryTable {
    public static final String NAME = "migrator_history";

    /** The table's DDL; the same on H2 and PostgreSQL, and safe to repeat. */
    public static final String CREATE = "create table if not exists " + NAME + " ("
            + "install_order integer not null primary key, "
            + "id varchar(255) not null unique, "
            + "parents varchar(4000) not null, "
            + "description varchar(4000) not null, "
            + "checksum varchar(64) not null, "
            + "applied_at timestamp(3) not null, "
            + "applied_by varchar(255) not null, "
            + "execution_ms bigint not null, "
            + "state varchar(20) not null)";

    private static final String SELECT = "select install_order, id, parents, description, checksum, applied_at, "
            + "applied_by, execution_ms, state from " + NAME + " order by install_order";

    /** Inserts a row; the install order is the next one, computed by the database. */
    static final String INSERT = "insert into " + NAME + " (install_order, id, parents, description, checksum, applied_at, "
            + "applied_by, execution_ms, state) select coalesce(max(install_order), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ? from "
            + NAME;

    /**
     * Inserts a row with its install order given, for a run under the lock that numbered the rows
     * itself ({@link HistoryWriter}): unlike {@link #INSERT} it needs no aggregate, which H2
     * re-plans after every DDL statement.
     */
    static final String INSERT_NUMBERED = "insert into " + NAME + " (install_order, id, parents, description, checksum, "
            + "applied_at, applied_by, execution_ms, state) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The highest install order (0 for an empty table). */
    static final String MAX_ORDER = "select coalesce(max(install_order), 0) from " + NAME;

    static final String UPDATE = "update " + NAME + " set state = ?, execution_ms = ? where id = ?";

    static final String DELETE = "delete from " + NAME + " where id = ?";

    private HistoryTable() {}

    /**
     * The rows in install order, or empty when the table does not exist yet. One query; on a
     * missing table the failed query is answered from the database metadata.
     */
    public static Optional<List<AppliedMigration>> read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(SELECT)) {
            List<AppliedMigration> applied = new ArrayList<>();
            while (rows.next()) {
                applied.add(row(rows));
            }
            return Optional.of(applied);
        } catch (SQLException e) {
            if (isMissingTable(e) || !exists(connection)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * PostgreSQL's undefined_table (42P01) and H2's table-not-found states (42S02, 42S03 "not found,
     * candidates are …" — seen while another session creates the table — and 42S04). Decided
     * by the error itself: asking the catalog afterwards races with another process creating it.
     */
    private static boolean isMissingTable(SQLException e) {
        String state = e.getSQLState();
        return "42P01".equals(state) || "42S02".equals(state) || "42S03".equals(state)
                || "42S04".equals(state) || e.getErrorCode() == 42102 || e.getErrorCode() == 42103
                || e.getErrorCode() == 42104;
    }

    /** Creates the table unless it exists; safe when several processes do it at once. */
    public static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
        } catch (SQLException e) {
            // PostgreSQL's "create table if not exists" can still fail with a unique violation on
            // pg_type when two sessions create the table at the same moment; the table is there then.
            if (!exists(connection)) {
                throw e;
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /** Inserts the row of {@code info} with the next install order. */
    public static void insert(Connection connection, MigrationInfo info, String state, long executionMs, String appliedBy)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert(insert, 0, info, state, executionMs, appliedBy);
        }
    }

    /**
     * Runs {@code insert}, a statement prepared from {@link #INSERT} (with {@code installOrder} 0,
     * which is not bound) or from {@link #INSERT_NUMBERED}, for {@code info}.
     */
    static void insert(PreparedStatement insert, int installOrder, MigrationInfo info, String state, long executionMs,
            String appliedBy) throws SQLException {
        int at = 1;
        if (installOrder > 0) {
            insert.setInt(at++, installOrder);
        }
        insert.setString(at++, info.id());
        insert.setString(at++, String.join(",", info.parents()));
        insert.setString(at++, info.description());
        insert.setString(at++, info.checksum());
        insert.setTimestamp(at++, Timestamp.from(Instant.now()));
        insert.setString(at++, appliedBy);
        insert.setLong(at++, executionMs);
        insert.setString(at, state);
        insert.executeUpdate();
    }

    /**
     * An insert of {@code info} as applied, with its values written as literals of {@code dialect},
     * for offline scripts: install order, time and user are computed by the database.
     */
    public static String insertSql(Dialect dialect, MigrationInfo info) {
        return "insert into " + NAME + " (install_order, id, parents, description, checksum, applied_at, applied_by, "
                + "execution_ms, state) select coalesce(max(install_order), 0) + 1, " + dialect.literal(info.id()) + ", "
                + dialect.literal(String.join(",", info.parents())) + ", " + dialect.literal(info.description()) + ", "
                + dialect.literal(info.checksum()) + ", current_timestamp, current_user, 0, "
                + dialect.literal(AppliedMigration.APPLIED) + " from " + NAME;
    }

    /** The delete of {@code id}'s row, for offline downgrade scripts. */
    public static String deleteSql(Dialect dialect, String id) {
        return "delete from " + NAME + " where id = " + dialect.literal(id);
    }

    public static void update(Connection connection, String id, String state, long executionMs) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update(update, id, state, executionMs);
        }
    }

    /** Runs {@code update}, a statement prepared from {@link #UPDATE}. */
    static void update(PreparedStatement update, String id, String state, long executionMs) throws SQLException {
        update.setString(1, state);
        update.setLong(2, executionMs);
        update.setString(3, id);
        update.executeUpdate();
    }

    public static void delete(Connection connection, String id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete(delete, id);
        }
    }

    /** Runs {@code delete}, a statement prepared from {@link #DELETE}. */
    static void delete(PreparedStatement delete, String id) throws SQLException {
        delete.setString(1, id);
        delete.executeUpdate();
    }

    private static boolean exists(Connection connection) throws SQLException {
        for (String name : List.of(NAME, NAME.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The row at the cursor, read by column position in {@link #SELECT}'s order: looking columns up
     * by label costs a case-insensitive search per value, nine per row, thousands of rows per start-up.
     */
    private static AppliedMigration row(ResultSet rows) throws SQLException {
        String parents = rows.getString(3);
        return new AppliedMigration(
                rows.getInt(1),
                rows.getString(2),
                parents.isEmpty() ? List.of() : Arrays.asList(parents.split(",")),
                rows.getString(4),
                rows.getString(5),
                rows.getTimestamp(6).toInstant(),
                rows.getString(7),
                rows.getLong(8),
                rows.getString(9));
    }
}
