package dev.migrator.verify;

import dev.migrator.dialect.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The settings Hibernate is booted with for one verification, in three layers:
 * <ol>
 *   <li>migrator's assumptions: the physical naming strategy the snapshot names
 *       ({@code standard}: {@code PhysicalNamingStrategyStandardImpl}; {@code snake_case}:
 *       {@code PhysicalNamingStrategySnakeCaseImpl}, which is what
 *       {@code CamelCaseToUnderscoresNamingStrategy} extends), the implicit naming strategy its
 *       {@code implicitNaming} needs ({@link SpringImplicitNaming#strategyFor}; none for {@code jpa},
 *       Hibernate's default) and {@code hibernate.auto_quote_keyword=true};
 *   <li>the project's settings, which win ({@link #project}), lowest precedence first:
 *       {@code hibernate.properties} at the root of the project's classpath; a Spring Boot
 *       application's {@code application.properties}/{@code application.yml} and Spring Boot's JPA
 *       defaults ({@link SpringBootSettings}); the plugin's {@code <hibernateProperties>}. Those that shape the
 *       schema: {@code hibernate.physical_naming_strategy} and
 *       {@code hibernate.implicit_naming_strategy} (a class of the project is loaded from the
 *       project), {@code hibernate.auto_quote_keyword}, {@code hibernate.globally_quoted_identifiers},
 *       {@code hibernate.id.db_structure_naming_strategy} (sequence names),
 *       {@code hibernate.type.preferred_*} / {@code hibernate.type.wrapper_array_handling},
 *       {@code hibernate.timezone.default_storage}, {@code jakarta.persistence.validation.mode},
 *       {@code hibernate.validator.apply_to_ddl};
 *   <li>what keeps verify offline and harmless, which always wins: the dialect instance under
 *       test, {@code hibernate.boot.allow_jdbc_metadata_access=false}, no connection settings and
 *       no schema action (nothing is created, dropped or written).
 * </ol>
 */
public final class HibernateSettings {
    /** The resource Hibernate applications keep their settings in. */
    public static final String RESOURCE = "hibernate.properties";

    private HibernateSettings() {}

    /** The project's {@value #RESOURCE} (empty when it has none), read through its class loader. */
    public static Map<String, String> projectProperties(ClassLoader projectLoader) throws VerifyException {
        Map<String, String> out = new TreeMap<>();
        URL url = projectLoader.getResource(RESOURCE);
        if (url == null) {
            return out;
        }
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new VerifyException("Cannot read " + url + ": " + e.getMessage(), e);
        }
        properties.stringPropertyNames().forEach(name -> out.put(name, properties.getProperty(name).trim()));
        return out;
    }

    /**
     * The project's Hibernate settings, each layer over the one before: {@code hibernate.properties},
     * then the Spring Boot settings, then {@code plugin} (the plugin's {@code <hibernateProperties>}).
     * Spring's settings win over {@code hibernate.properties} because that is what happens in the
     * application: Hibernate starts from {@code Environment.getProperties()} (system properties and
     * {@code hibernate.properties}, {@code StandardServiceRegistryBuilder}) and applies the settings
     * Spring hands the persistence unit over them.
     */
    public static Map<String, String> project(ClassLoader projectLoader, Map<String, String> plugin)
            throws VerifyException {
        Map<String, String> out = new TreeMap<>(projectProperties(projectLoader));
        out.putAll(SpringBootSettings.of(projectLoader));
        out.putAll(plugin);
        return out;
    }

    /** The settings for booting Hibernate offline against {@code dialect}, under JPA's implicit naming. */
    public static Map<String, Object> effective(String naming, Dialect dialect, Map<String, String> project) {
        return effective(naming, null, dialect, project);
    }

    /**
     * The settings for booting Hibernate offline against {@code dialect}.
     *
     * @param implicitNamingStrategy the implicit naming strategy class the snapshot assumes, or
     *     {@code null} for Hibernate's default (JPA's)
     */
    public static Map<String, Object> effective(String naming, String implicitNamingStrategy, Dialect dialect,
            Map<String, String> project) {
        Map<String, Object> settings = new TreeMap<>();
        settings.put("hibernate.physical_naming_strategy", naming.equals("snake_case")
                ? "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"
                : "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl");
        if (implicitNamingStrategy != null) {
            settings.put("hibernate.implicit_naming_strategy", implicitNamingStrategy);
        }
        settings.put("hibernate.auto_quote_keyword", "true");
        project.forEach((name, value) -> {
            if (!isConnectionOrAction(name)) {
                settings.put(name, value);
            }
        });
        settings.put("hibernate.dialect", HibernateDialects.hibernateDialect(dialect));
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("hibernate.hbm2ddl.auto", "none");
        settings.put("jakarta.persistence.schema-generation.database.action", "none");
        settings.put("jakarta.persistence.schema-generation.scripts.action", "none");
        return settings;
    }

    /** Settings that would open a connection or run a schema action: never passed on. */
    static boolean isConnectionOrAction(String name) {
        return name.startsWith("hibernate.connection.")
                || name.startsWith("jakarta.persistence.jdbc.")
                || name.startsWith("javax.persistence.jdbc.")
                || name.startsWith("jakarta.persistence.schema-generation")
                || name.startsWith("javax.persistence.schema-generation")
                || name.startsWith("hibernate.hbm2ddl.")
                || name.equals("hibernate.dialect")
                || name.startsWith("jakarta.persistence.database-")
                || name.startsWith("javax.persistence.database-")
                || name.startsWith("jakarta.persistence.dataSource")
                || name.startsWith("jakarta.persistence.jtaDataSource")
                || name.startsWith("jakarta.persistence.nonJtaDataSource");
    }
}
