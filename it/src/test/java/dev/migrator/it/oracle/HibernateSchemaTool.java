package dev.migrator.it.oracle;

import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Boots Hibernate ORM for exactly a fixture's entity classes against one database, with the
 * settings the oracle compares under: keywords auto-quoted, the physical naming strategy that
 * matches the snapshot's {@code naming}, and schema errors that fail instead of being logged.
 */
public final class HibernateSchemaTool {
    private HibernateSchemaTool() {}

    /** Hibernate's own schema export ({@code hbm2ddl.auto=create}) into {@code database}. */
    public static void export(Database database, List<Class<?>> entities, String naming) {
        boot(database, entities, naming, "create");
    }

    /**
     * Hibernate's schema validation ({@code hbm2ddl.auto=validate}) against {@code database}.
     *
     * @throws org.hibernate.tool.schema.spi.SchemaManagementException when the schema does not fit the entities
     */
    public static void validate(Database database, List<Class<?>> entities, String naming) {
        boot(database, entities, naming, "validate");
    }

    private static void boot(Database database, List<Class<?>> entities, String naming, String action) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySettings(settings(database, naming, action))
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            // Building the session factory is what runs the schema action.
            SessionFactory sessionFactory = sources.buildMetadata().buildSessionFactory();
            sessionFactory.close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private static Map<String, Object> settings(Database database, String naming, String action) {
        return Map.of(
                AvailableSettings.JAKARTA_JDBC_URL, database.url(),
                AvailableSettings.JAKARTA_JDBC_USER, database.user(),
                AvailableSettings.JAKARTA_JDBC_PASSWORD, database.password(),
                AvailableSettings.HBM2DDL_AUTO, action,
                // Without this Hibernate logs a failing DDL statement and carries on.
                AvailableSettings.HBM2DDL_HALT_ON_ERROR, "true",
                AvailableSettings.KEYWORD_AUTO_QUOTING_ENABLED, "true",
                AvailableSettings.PHYSICAL_NAMING_STRATEGY, physicalNaming(naming),
                // Bean Validation constraints reach the DDL because hibernate-validator is on the
                // test class path (mode AUTO, Hibernate's default), as the processor's
                // -Amigrator.beanValidation=auto assumes from the compile class path.
                AvailableSettings.JAKARTA_VALIDATION_MODE, "auto",
                AvailableSettings.POOL_SIZE, "1");
    }

    private static String physicalNaming(String naming) {
        return switch (naming) {
            case "standard" -> PhysicalNamingStrategyStandardImpl.class.getName();
            // DESIGN.md's snake_case is this strategy (Spring Boot's default). Hibernate 7 deprecates
            // it for removal, hence the name rather than a class literal.
            case "snake_case" -> "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
            default -> throw new IllegalArgumentException("unknown naming " + naming);
        };
    }
}
