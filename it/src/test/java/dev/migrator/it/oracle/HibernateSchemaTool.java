package dev.migrator.it.oracle;

import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

/**
 * Boots Hibernate ORM for exactly a fixture's entity classes against one database, with the
 * settings the oracle compares under: keywords auto-quoted, the physical and implicit naming
 * strategies that match the snapshot's {@code naming} and {@code implicitNaming} ({@code spring}: Spring
 * Boot's real {@link SpringImplicitNamingStrategy}), and schema errors that fail instead of being logged.
 */
public final class HibernateSchemaTool {
    private HibernateSchemaTool() {}

    /**
     * Hibernate's own schema export into {@code database}, which is empty: {@code create-only}, the
     * create half of {@code create}. The drop half would fail on a fresh database once schemas are
     * involved ({@code drop table if exists sales.t} when schema {@code sales} does not exist yet;
     * halting on errors makes that fatal), and has nothing to drop anyway.
     */
    public static void export(Database database, List<Class<?>> entities, String naming) {
        export(database, entities, naming, "jpa");
    }

    /** {@link #export(Database, List, String)} under an implicit naming ({@code jpa}, {@code spring}). */
    public static void export(Database database, List<Class<?>> entities, String naming, String implicitNaming) {
        boot(database, entities, naming, implicitNaming, "create-only");
    }

    /**
     * Hibernate's schema validation ({@code hbm2ddl.auto=validate}) against {@code database}.
     *
     * @throws org.hibernate.tool.schema.spi.SchemaManagementException when the schema does not fit the entities
     */
    public static void validate(Database database, List<Class<?>> entities, String naming) {
        validate(database, entities, naming, "jpa");
    }

    /** {@link #validate(Database, List, String)} under an implicit naming ({@code jpa}, {@code spring}). */
    public static void validate(Database database, List<Class<?>> entities, String naming, String implicitNaming) {
        boot(database, entities, naming, implicitNaming, "validate");
    }

    private static void boot(Database database, List<Class<?>> entities, String naming, String implicitNaming,
            String action) {
        Map<String, Object> settings = settings(database, entities, naming, action);
        settings.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, implicitNaming(implicitNaming));
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySettings(settings)
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

    private static Map<String, Object> settings(Database database, List<Class<?>> entities, String naming, String action) {
        Map<String, Object> settings = new java.util.HashMap<>(Map.ofEntries(
                Map.entry(AvailableSettings.JAKARTA_JDBC_URL, database.url()),
                Map.entry(AvailableSettings.JAKARTA_JDBC_USER, database.user()),
                Map.entry(AvailableSettings.JAKARTA_JDBC_PASSWORD, database.password()),
                Map.entry(AvailableSettings.HBM2DDL_AUTO, action),
                // Without this Hibernate logs a failing DDL statement and carries on.
                Map.entry(AvailableSettings.HBM2DDL_HALT_ON_ERROR, "true"),
                Map.entry(AvailableSettings.KEYWORD_AUTO_QUOTING_ENABLED, "true"),
                Map.entry(AvailableSettings.PHYSICAL_NAMING_STRATEGY, physicalNaming(naming)),
                // Bean Validation constraints reach the DDL because hibernate-validator is on the
                // test class path (mode AUTO, Hibernate's default), as the processor's
                // -Amigrator.beanValidation=auto assumes from the compile class path.
                Map.entry(AvailableSettings.JAKARTA_VALIDATION_MODE, "auto"),
                // Tables in schemas (@Table(schema)) need their schemas created first; without
                // schemas in the model this changes nothing (Hibernate creates a schema only for a
                // namespace that names one).
                Map.entry(AvailableSettings.HBM2DDL_CREATE_NAMESPACES, "true"),
                Map.entry(AvailableSettings.POOL_SIZE, "1")));
        if (action.equals("validate")) {
            // Booting on H2 creates Hibernate's global temporary tables (HTE_<table>) beside each entity
            // table, in its schema; in our database they would keep "drop schema ... restrict" of the
            // downgrade from dropping a schema, exactly as restrict means to. Validation needs none.
            settings.put("hibernate.query.mutation_strategy.global_temporary.create_tables", "false");
        }
        if (database.isH2() && SchemaAnnotations.placeATableInASchema(entities)) {
            // H2 resolves an unqualified table in "references t" inside "alter table s.x" in schema s,
            // not in the connection's schema, so Hibernate's own DDL for a key from a table in a
            // schema to a table in the default schema fails there ("Table T not found"). Naming
            // the default schema explicitly makes Hibernate qualify every other name with it; the
            // tables, and the hashed constraint names (which never include a schema), stay the same.
            // migrator's H2 dialect qualifies that reference itself (execute immediate with current_schema).
            settings.put(AvailableSettings.DEFAULT_SCHEMA, database.defaultSchema());
            // With a default schema set, create_namespaces also runs "create schema PUBLIC", which H2
            // refuses (it exists; Hibernate's H2Dialect has no "if not exists"). So errors are logged
            // here instead of halting: any other statement that failed would leave its object out
            // of Hibernate's database, which the comparison with ours then reports.
            settings.put(AvailableSettings.HBM2DDL_HALT_ON_ERROR, "false");
        }
        return settings;
    }

    private static String implicitNaming(String implicitNaming) {
        return switch (implicitNaming) {
            case "jpa" -> ImplicitNamingStrategyJpaCompliantImpl.class.getName();
            case "spring" -> SpringImplicitNamingStrategy.class.getName();
            default -> throw new IllegalArgumentException("unknown implicit naming " + implicitNaming);
        };
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
