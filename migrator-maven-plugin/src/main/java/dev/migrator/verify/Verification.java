package dev.migrator.verify;

import dev.migrator.dialect.Dialect;
import dev.migrator.model.Schema;
import java.util.List;
import java.util.Map;

/**
 * One verification: Hibernate booted offline against one dialect, compared with our schema
 * rendered for the same dialect.
 *
 * @param dialect the dialect both sides were described for
 * @param tables how many tables Hibernate's model has
 * @param sequences how many sequences it has
 * @param differences every difference, one line each ({@link FactComparison}); empty: the same schema
 */
public record Verification(Dialect dialect, long tables, long sequences, List<String> differences) {

    public Verification {
        differences = List.copyOf(differences);
    }

    /**
     * Boots Hibernate for {@code entities} and compares its schema with {@code schema}.
     *
     * @param naming the snapshot's naming ({@code standard} or {@code snake_case})
     * @param projectSettings the project's Hibernate settings ({@link HibernateSettings})
     * @param beanValidation whether Hibernate applies Bean Validation constraints (a provider is on the project's classpath)
     */
    public static Verification run(Schema schema, String naming, Dialect dialect, ClassLoader projectLoader,
            List<Class<?>> entities, Map<String, String> projectSettings, boolean beanValidation) throws VerifyException {
        return run(schema, naming, null, dialect, projectLoader, entities, projectSettings, beanValidation);
    }

    /**
     * {@link #run(Schema, String, Dialect, ClassLoader, List, Map, boolean)} for a snapshot whose names assume
     * {@code implicitNamingStrategy} ({@link SpringImplicitNaming#strategyFor}; {@code null}: JPA's).
     */
    public static Verification run(Schema schema, String naming, String implicitNamingStrategy, Dialect dialect,
            ClassLoader projectLoader, List<Class<?>> entities, Map<String, String> projectSettings,
            boolean beanValidation) throws VerifyException {
        Map<String, Object> settings = HibernateSettings.effective(naming, implicitNamingStrategy, dialect,
                projectSettings);
        SchemaFacts hibernate = OfflineHibernate.describe(projectLoader, entities, settings, beanValidation);
        SchemaFacts ours = SnapshotFacts.describe(schema, dialect);
        long sequences = hibernate.subjects().keySet().stream().filter(s -> s.startsWith("sequence ")).count();
        return new Verification(dialect, hibernate.tableCount(), sequences, FactComparison.differences(hibernate, ours));
    }

    public boolean matches() {
        return differences.isEmpty();
    }
}
