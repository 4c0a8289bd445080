package dev.migrator.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The JDBC calls a program makes, recorded through a wrapping {@link DataSource} and replayed as a
 * plain JDBC program: the benchmark's "raw JDBC, same statements" peer. Recorded: connections
 * opened and closed, auto-commit changes, commits and rollbacks, every statement executed (plain
 * or prepared, with its parameters; a prepared statement is prepared once and reused exactly as the
 * recorded program did) and whether it failed. Replaying does the same calls in the same order on
 * another database, reads every row of every query, and expects the same statements to fail (a
 * history query before the table exists). Metadata calls are not recorded: the drivers answer
 * those that migrator makes ({@code getDatabaseProductName}) without a round trip.
 */
final class JdbcTrace {
    private final List<Call> calls = new ArrayList<>();
    private int connections;
    private int statements;

    /** A data source that records into this trace what goes through it. */
    DataSource recording(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (result instanceof Connection connection) {
                        int id = connections++;
                        calls.add(new Open(id));
                        return wrap(connection, Connection.class, new ConnectionRecorder(id));
                    }
                    return result;
                });
    }

    /** How many statements (executions) the trace holds. */
    int executions() {
        return (int) calls.stream().filter(Execution.class::isInstance).count();
    }

    /** Replays the calls on {@code dataSource} with plain JDBC; returns the number of executions. */
    int replay(DataSource dataSource) throws SQLException {
        Replay state = new Replay(dataSource);
        try {
            for (Call call : calls) {
                call.replay(state);
            }
        } finally {
            state.closeAll();
        }
        return executions();
    }

    // ------------------------------------------------------------------ recording

    private final class ConnectionRecorder implements Handler {
        private final int connection;

        ConnectionRecorder(int connection) {
            this.connection = connection;
        }

        @Override
        public Object handle(Object target, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("prepareStatement") && args.length == 1) {
                int id = statements++;
                calls.add(new Prepare(connection, id, (String) args[0]));
                return wrap((PreparedStatement) invoke(target, method, args), PreparedStatement.class, new PreparedRecorder(id));
            }
            if (name.equals("createStatement") && (args == null || args.length == 0)) {
                return wrap((Statement) invoke(target, method, args), Statement.class,
                        (statement, call, callArgs) -> statementCall(connection, statement, call, callArgs));
            }
            if (name.startsWith("prepare") || name.startsWith("create") && name.endsWith("Statement")) {
                throw new UnsupportedOperationException("JdbcTrace does not record " + method);
            }
            switch (name) {
                case "setAutoCommit" -> calls.add(new AutoCommit(connection, (Boolean) args[0]));
                case "commit" -> calls.add(new Commit(connection));
                case "rollback" -> {
                    if (args == null) {
                        calls.add(new Rollback(connection));
                    }
                }
                case "close" -> calls.add(new Close(connection));
                default -> { }
            }
            return invoke(target, method, args);
        }
    }

    /** A plain statement's call on {@code connection}: executions are recorded. */
    private Object statementCall(int connection, Object target, Method method, Object[] args) throws Throwable {
        if (!method.getName().startsWith("execute")) {
            return invoke(target, method, args);
        }
        if (args == null || args.length != 1) {
            throw new UnsupportedOperationException("JdbcTrace does not record " + method);
        }
        return execute(new Execute(connection, (String) args[0], method.getName().equals("executeQuery")),
                target, method, args);
    }

    private final class PreparedRecorder implements Handler {
        private static final Set<String> SETTERS = Set.of("setString", "setLong", "setInt", "setTimestamp", "setBoolean",
                "setObject");
        private final int statement;
        private final Map<Integer, Object> parameters = new HashMap<>();

        PreparedRecorder(int statement) {
            this.statement = statement;
        }

        @Override
        public Object handle(Object target, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (SETTERS.contains(name) && args.length == 2) {
                parameters.put((Integer) args[0], args[1]);
            } else if (name.startsWith("execute")) {
                if (args != null && args.length > 0) {
                    throw new UnsupportedOperationException("JdbcTrace does not record " + method);
                }
                return execute(new Run(statement, new HashMap<>(parameters), name.equals("executeQuery")), target, method, args);
            } else if (name.equals("close")) {
                calls.add(new ClosePrepared(statement));
            } else if (!name.equals("clearParameters") && !name.startsWith("get") && !name.equals("isClosed")) {
                throw new UnsupportedOperationException("JdbcTrace does not record " + method);
            }
            return invoke(target, method, args);
        }
    }

    /** Records {@code call} and runs it, noting whether it failed. */
    private Object execute(Execution call, Object target, Method method, Object[] args) throws Throwable {
        calls.add(call);
        try {
            return invoke(target, method, args);
        } catch (SQLException e) {
            call.fails = true;
            throw e;
        }
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T wrap(T target, Class<T> type, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(JdbcTrace.class.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    // ------------------------------------------------------------------ replaying

    /** The replay's open connections and prepared statements, by recorded id. */
    private static final class Replay {
        final DataSource dataSource;
        final Map<Integer, Connection> connections = new HashMap<>();
        final Map<Integer, PreparedStatement> prepared = new HashMap<>();

        Replay(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        void closeAll() throws SQLException {
            for (PreparedStatement statement : prepared.values()) {
                statement.close();
            }
            for (Connection connection : connections.values()) {
                connection.close();
            }
        }
    }

    private interface Call {
        void replay(Replay state) throws SQLException;
    }

    private record Open(int connection) implements Call {
        @Override
        public void replay(Replay state) throws SQLException {
            state.connections.put(connection, state.dataSource.getConnection());
        }
    }

    private record Close(int connection) implements Call {
        @Override
        public void replay(Replay state) throws SQLException {
            Connection open = state.connections.remove(connection);
            if (open != null) {
                open.close();
            }
        }
    }

    private record AutoCommit(int connection, boolean on) implements Call {
        @Override
        public void replay(Replay state) throws SQLException {
            state.connections.get(connection).setAutoCommit(on);
        }
    }

    private record Commit(int connection) implements Call {
        @Override
        public void replay(Replay state) throws SQLException {
            state.connections.get(connection).commit();
        }
    }

    private record Rollback(int connection) implements Call {
        @Override
        public void replay(Replay state) throws SQLException {
            state.connections.get(connection).rollback();
        }
    }

    /** A statement execution; {@code fails} when it failed while recorded (then it must fail when replayed too). */
    private abstract static class Execution implements Call {
        boolean fails;
    }

    private static final class Execute extends Execution {
        final int connection;
        final String sql;
        final boolean query;

        Execute(int connection, String sql, boolean query) {
            this.connection = connection;
            this.sql = sql;
            this.query = query;
        }

        @Override
        public void replay(Replay state) throws SQLException {
            try (Statement statement = state.connections.get(connection).createStatement()) {
                if (query) {
                    readAll(statement.executeQuery(sql));
                } else {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                if (!fails) {
                    throw e;
                }
            }
        }
    }

    private record Prepare(int connection, int statement, String sql) implements Call {
        @Override
        public void replay(Replay state) throws SQLException {
            state.prepared.put(statement, state.connections.get(connection).prepareStatement(sql));
        }
    }

    private static final class Run extends Execution {
        final int statement;
        final Map<Integer, Object> parameters;
        final boolean query;

        Run(int statement, Map<Integer, Object> parameters, boolean query) {
            this.statement = statement;
            this.parameters = parameters;
            this.query = query;
        }

        @Override
        public void replay(Replay state) throws SQLException {
            PreparedStatement prepared = state.prepared.get(statement);
            for (Map.Entry<Integer, Object> parameter : parameters.entrySet()) {
                prepared.setObject(parameter.getKey(), parameter.getValue());
            }
            try {
                if (query) {
                    readAll(prepared.executeQuery());
                } else {
                    prepared.execute();
                }
            } catch (SQLException e) {
                if (!fails) {
                    throw e;
                }
            }
        }
    }

    private record ClosePrepared(int statement) implements Call {
        @Override
        public void replay(Replay state) throws SQLException {
            PreparedStatement prepared = state.prepared.remove(statement);
            if (prepared != null) {
                prepared.close();
            }
        }
    }

    /** Reads every column of every row, as a program that uses the result would. */
    private static void readAll(ResultSet rows) throws SQLException {
        try (rows) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.getObject(i);
                }
            }
        }
    }
}
