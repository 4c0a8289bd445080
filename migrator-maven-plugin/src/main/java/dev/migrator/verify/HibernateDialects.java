package dev.migrator.verify;

import dev.migrator.dialect.Dialect;
import dev.migrator.dialect.H2Dialect;
import dev.migrator.dialect.IdentifierQuoter;
import dev.migrator.dialect.Keywords;
import dev.migrator.dialect.PostgresDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

/**
 * The Hibernate dialect instance that matches one of ours, built as Hibernate builds it when it is
 * connected: with a {@link DialectResolutionInfo} that reports the database version and the JDBC
 * driver's keywords ({@code DatabaseMetaData.getSQLKeywords()}).
 *
 * <p>Why an instance: offline, Hibernate knows only the ANSI SQL:2003 keywords, so with
 * {@code hibernate.auto_quote_keyword=true} it would quote fewer names than the same application
 * does against a real database (and quoted names enter the hashed FK/UK/index names). Our runtime
 * keeps the drivers' lists as data ({@link Keywords#of}, the words our dialects quote); handing them to the
 * dialect's {@code (DialectResolutionInfo)} constructor makes offline Hibernate quote exactly as
 * online Hibernate. The {@code hibernate.dialect} setting accepts a {@code Dialect} instance
 * ({@code StrategySelectorImpl.resolveStrategy}: {@code strategy.isInstance(reference)}).
 */
public final class HibernateDialects {
    private HibernateDialects() {}

    /** Hibernate's dialect for ours ({@code h2}: H2 2.3.232; {@code postgresql}: PostgreSQL 14.19 with pgjdbc). */
    public static org.hibernate.dialect.Dialect hibernateDialect(Dialect dialect) {
        String keywords = String.join(",", Keywords.of(dialect.name()));
        return switch (dialect.name()) {
            case "h2" -> new org.hibernate.dialect.H2Dialect(new Info("H2", "2.3.232 (2024-08-11)", 2, 3, "H2 JDBC Driver", keywords));
            case "postgresql" -> new org.hibernate.dialect.PostgreSQLDialect(
                    new Info("PostgreSQL", "14.19", 14, 19, "PostgreSQL JDBC Driver", keywords));
            default -> throw new IllegalArgumentException("no Hibernate dialect for " + dialect.name());
        };
    }

    /** The quoter our dialect writes names with. */
    static IdentifierQuoter quoter(Dialect dialect) {
        return switch (dialect.name()) {
            case "h2" -> H2Dialect.INSTANCE.quoter();
            case "postgresql" -> PostgresDialect.INSTANCE.quoter();
            default -> throw new IllegalArgumentException("no quoter for " + dialect.name());
        };
    }

    /** What a connection would tell Hibernate about the database; only these values are read offline. */
    private record Info(String databaseName, String databaseVersion, int major, int minor, String driverName,
            String keywords) implements DialectResolutionInfo {
        @Override
        public String getDatabaseName() {
            return databaseName;
        }

        @Override
        public String getDatabaseVersion() {
            return databaseVersion;
        }

        @Override
        public int getDatabaseMajorVersion() {
            return major;
        }

        @Override
        public int getDatabaseMinorVersion() {
            return minor;
        }

        @Override
        public String getDriverName() {
            return driverName;
        }

        @Override
        public int getDriverMajorVersion() {
            return NO_VERSION;
        }

        @Override
        public int getDriverMinorVersion() {
            return NO_VERSION;
        }

        @Override
        public String getSQLKeywords() {
            return keywords;
        }
    }
}
