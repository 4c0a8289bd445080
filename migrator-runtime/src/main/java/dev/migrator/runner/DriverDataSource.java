package dev.migrator.runner;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal {@link DataSource} over a {@link Driver}: a new connection per call. The driver is
 * found with {@link ServiceLoader} in the given class loader first (the application's, which
 * {@link DriverManager} may not see), then through {@link DriverManager}. The password is kept
 * only to connect: {@link #toString()} and every message show the URL with credentials masked.
 */
public final class DriverDataSource implements DataSource {
    private final String url;
    private final String user;
    private final String password;
    private final ClassLoader classLoader;

    public DriverDataSource(String url, String user, String password, ClassLoader classLoader) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = user;
        this.password = password;
        this.classLoader = classLoader;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String secret) throws SQLException {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (secret != null) {
            properties.setProperty("password", secret);
        }
        try {
            for (Driver driver : ServiceLoader.load(Driver.class, classLoader)) {
                if (driver.acceptsURL(url)) {
                    return driver.connect(url, properties);
                }
            }
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            // Drivers may echo the URL, which can carry a password; never let it through.
            throw new SQLException("cannot connect to " + masked(url) + " as " + username + ": "
                    + mask(e.getMessage(), secret), e.getSQLState(), e.getErrorCode());
        }
    }

    /** {@code url} with the values of {@code password=} parameters and of {@code user:password@} replaced. */
    public static String masked(String url) {
        return url.replaceAll("(?i)(password|pwd)=[^&;]*", "$1=***").replaceAll("//([^/:@]+):[^/@]*@", "//$1:***@");
    }

    private String mask(String message, String secret) {
        String text = message == null ? "" : message.replace(url, masked(url));
        return secret == null || secret.isEmpty() ? text : text.replace(secret, "***");
    }

    @Override
    public String toString() {
        return "DriverDataSource[" + masked(url) + ", user=" + user + "]";
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // No logging.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
