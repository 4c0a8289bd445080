package dev.migrator.runner;

import dev.migrator.MigrationInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The history changes of one run on one connection, through statements prepared once per run
 * rather than once per migration (a run may apply thousands; PostgreSQL switches a reused
 * statement to a server-side prepared one). The run holds the migration lock, so it numbers its rows
 * itself: one query for the highest install order, then plain inserts. Not thread-safe; close after
 * the run.
 */
final class HistoryWriter implements AutoCloseable {
    private final Connection connection;
    private PreparedStatement insert;
    private PreparedStatement update;
    private PreparedStatement delete;
    private int lastOrder = -1;

    HistoryWriter(Connection connection) {
        this.connection = connection;
    }

    void insert(MigrationInfo info, String state, long executionMs, String appliedBy) throws SQLException {
        if (insert == null) {
            insert = connection.prepareStatement(HistoryTable.INSERT_NUMBERED);
        }
        if (lastOrder < 0) {
            lastOrder = highestOrder();
        }
        HistoryTable.insert(insert, lastOrder + 1, info, state, executionMs, appliedBy);
        lastOrder++;
    }

    void update(String id, String state, long executionMs) throws SQLException {
        if (update == null) {
            update = connection.prepareStatement(HistoryTable.UPDATE);
        }
        HistoryTable.update(update, id, state, executionMs);
    }

    void delete(String id) throws SQLException {
        if (delete == null) {
            delete = connection.prepareStatement(HistoryTable.DELETE);
        }
        HistoryTable.delete(delete, id);
    }

    private int highestOrder() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(HistoryTable.MAX_ORDER)) {
            result.next();
            return result.getInt(1);
        }
    }

    @Override
    public void close() {
        for (PreparedStatement statement : new PreparedStatement[] {insert, update, delete}) {
            if (statement != null) {
                try {
                    statement.close();
                } catch (SQLException ignored) {
                    // Closing the connection closes it too.
                }
            }
        }
    }
}
