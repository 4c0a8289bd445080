package dev.migrator.verify;

import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Boots Hibernate ORM's metamodel for exactly the given entity classes, with no database, and
 * describes it ({@link HibernateFacts}).
 *
 * <p>With Bean Validation in play (a provider on the project's classpath) a SessionFactory is
 * built too, still offline and with no schema action: Hibernate applies {@code @NotNull},
 * {@code @Size}, {@code @Min}/{@code @Max}, {@code @Digits} to the DDL only while building one
 * ({@code BeanValidationIntegrator} → {@code TypeSafeActivator.applyRelationalConstraints}, which
 * changes the metamodel's columns). Without a provider the bare metamodel is what Hibernate
 * exports, and building a SessionFactory would only cost time.
 *
 * <p>Hibernate and {@code jakarta.persistence} come from the plugin; the project's class loader
 * must be a child of the plugin's, so that the entity classes' annotations are the classes
 * Hibernate looks for. It is also the thread's context loader during the boot, where Hibernate
 * and Bean Validation look for providers and strategy classes.
 */
public final class OfflineHibernate {
    private OfflineHibernate() {}

    /** Whether the project brings a Bean Validation provider (hibernate-validator), as the application would. */
    public static boolean hasBeanValidationProvider(ClassLoader projectLoader) {
        return projectLoader.getResource("META-INF/services/jakarta.validation.spi.ValidationProvider") != null;
    }

    /**
     * Whether the project's settings leave Bean Validation's DDL on: validation mode {@code auto}
     * (the default) or {@code ddl}, and {@code hibernate.validator.apply_to_ddl} not {@code false}.
     */
    public static boolean settingsAllowBeanValidationDdl(Map<String, String> projectSettings) {
        String mode = projectSettings.getOrDefault("jakarta.persistence.validation.mode",
                projectSettings.getOrDefault("javax.persistence.validation.mode", "auto")).toLowerCase(java.util.Locale.ROOT);
        boolean ddlMode = mode.contains("auto") || mode.contains("ddl");
        return ddlMode && !"false".equalsIgnoreCase(projectSettings.getOrDefault("hibernate.validator.apply_to_ddl", "true").trim());
    }

    /**
     * Hibernate's schema for {@code entities}, booted with {@code settings} ({@link HibernateSettings#effective}).
     *
     * @throws VerifyException when Hibernate refuses the model; the message is Hibernate's own
     */
    public static SchemaFacts describe(ClassLoader projectLoader, List<Class<?>> entities, Map<String, Object> settings,
            boolean beanValidation) throws VerifyException {
        // Hibernate logs through java.util.logging inside Maven (jboss-logging finds no Logback); its
        // start-up chatter (versions, "dialect need not be specified") is noise in a build log.
        java.util.logging.Logger hibernateLog = java.util.logging.Logger.getLogger("org.hibernate");
        java.util.logging.Level previousLevel = hibernateLog.getLevel();
        hibernateLog.setLevel(java.util.logging.Level.SEVERE);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        StandardServiceRegistry registry = null;
        try {
            // Initialize Hibernate's global settings (it reads a hibernate.properties through the context
            // loader once per JVM) while the context is still the plugin: the project's file is read by
            // HibernateSettings, per build, never cached in a static.
            org.hibernate.cfg.Environment.getProperties();
            thread.setContextClassLoader(projectLoader);
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(projectLoader).build();
            registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            if (beanValidation) {
                try (SessionFactory ignored = metadata.buildSessionFactory()) {
                    return HibernateFacts.describe(metadata);
                }
            }
            return HibernateFacts.describe(metadata);
        } catch (jakarta.persistence.PersistenceException e) {
            throw new VerifyException("Hibernate cannot boot the entities: " + messages(e), e);
        } finally {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            thread.setContextClassLoader(previous);
            hibernateLog.setLevel(previousLevel);
        }
    }

    /** The exception's message and its causes', which is where Hibernate says what is wrong. */
    private static String messages(Throwable e) {
        StringBuilder out = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !out.toString().contains(cause.getMessage())) {
                out.append(": ").append(cause.getMessage());
            }
        }
        return out.toString();
    }
}
