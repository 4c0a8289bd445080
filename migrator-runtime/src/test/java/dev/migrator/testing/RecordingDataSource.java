package dev.migrator.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Wraps a real data source and records what goes through it: connections opened and every SQL
 * text prepared or executed. Not a mock: every call reaches the real database.
 */
public final class RecordingDataSource {
    public final List<String> statements = new CopyOnWriteArrayList<>();
    public final AtomicInteger connections = new AtomicInteger();
    public final DataSource dataSource;

    public RecordingDataSource(DataSource real) {
        this.dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (result instanceof Connection connection) {
                        connections.incrementAndGet();
                        return wrap(connection, Connection.class, this::connectionCall);
                    }
                    return result;
                });
    }

    private Object connectionCall(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
            statements.add(sql);
        }
        Object result = invoke(target, method, args);
        if (result instanceof Statement statement && !(result instanceof PreparedStatement)) {
            return wrap(statement, Statement.class, (t, m, a) -> {
                if (m.getName().startsWith("execute") && a != null && a[0] instanceof String sql) {
                    statements.add(sql);
                }
                return invoke(t, m, a);
            });
        }
        return result;
    }

    private interface Handler {
        Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static <T> T wrap(T target, Class<T> type, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(RecordingDataSource.class.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
