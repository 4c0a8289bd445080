package dev.migrator.runner;

import dev.migrator.MigrationInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The history changes of one run on one connection, through statements prepared once per run
 * rather than once per migration (a run may apply thousands; PostgreSQL switches a reused
 * statement to a server-side prepared one). Not thread-safe; close after the run.
 */
final class HistoryWriter implements AutoCloseable {
    private final Connection connection;
    private PreparedStatement insert;
    private PreparedStatement update;
    private PreparedStatement delete;

    HistoryWriter(Connection connection) {
        this.connection = connection;
    }

    void insert(MigrationInfo info, String state, long executionMs, String appliedBy) throws SQLException {
        if (insert == null) {
            insert = connection.prepareStatement(HistoryTable.INSERT);
        }
        HistoryTable.insert(insert, info, state, executionMs, appliedBy);
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
