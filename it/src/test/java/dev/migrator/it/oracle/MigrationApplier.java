package dev.migrator.it.oracle;

import dev.migrator.dialect.Dialect;
import dev.migrator.operation.Operation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Our side of the oracle: renders operations with the database's {@link Dialect} and executes the
 * statements in order, exactly as {@code migrate} would (minus the history table, which the
 * comparison ignores anyway). A failing statement is reported with the operation and SQL text.
 */
public final class MigrationApplier {
    private MigrationApplier() {}

    /** The SQL {@code operations} render to on {@code database}'s dialect, in order. */
    public static List<String> sql(Database database, List<Operation> operations) {
        Dialect dialect = Dialect.named(database.kind());
        List<String> statements = new ArrayList<>();
        for (Operation operation : operations) {
            statements.addAll(dialect.sql(operation));
        }
        return statements;
    }

    public static void apply(Database database, List<Operation> operations) {
        Dialect dialect = Dialect.named(database.kind());
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            for (Operation operation : operations) {
                for (String sql : dialect.sql(operation)) {
                    try {
                        statement.execute(sql);
                    } catch (SQLException e) {
                        throw new AssertionError(database.kind() + " rejected the SQL of " + operation + ":\n  " + sql
                                + "\n  " + e.getMessage(), e);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + database, e);
        }
    }
}
