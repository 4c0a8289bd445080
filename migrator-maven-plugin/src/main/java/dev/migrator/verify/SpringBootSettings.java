package dev.migrator.verify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Hibernate settings a Spring Boot application gives Hibernate, from its configuration files
 * ({@link SpringConfigFiles}) and Spring Boot's JPA defaults, as Hibernate property names.
 *
 * <p>Translated keys (Spring's relaxed forms {@code physical-strategy}, {@code physicalStrategy} and
 * {@code physical_strategy} alike):
 * <ul>
 *   <li>{@code spring.jpa.hibernate.naming.physical-strategy} → {@code hibernate.physical_naming_strategy};
 *   <li>{@code spring.jpa.hibernate.naming.implicit-strategy} → {@code hibernate.implicit_naming_strategy};
 *   <li>{@code spring.jpa.properties.<name>} → {@code <name>} as written;
 *   <li>{@code spring.jpa.database-platform} → {@code hibernate.dialect} (which only picks the dialect to
 *       verify against when neither {@code migrator.dialect} nor the snapshot names one).
 * </ul>
 * {@code spring.jpa.hibernate.ddl-auto} and the data source are ignored: verify never connects.
 *
 * <p>Spring Boot's defaults apply only when Spring Boot's Hibernate JPA auto-configuration is on the
 * project's classpath (Spring Boot 4: {@code spring-boot-hibernate}; Spring Boot 3:
 * {@code spring-boot-autoconfigure}), because that is what sets them: the physical naming strategy
 * {@code CamelCaseToUnderscoresNamingStrategy} (given here as {@code PhysicalNamingStrategySnakeCaseImpl},
 * which it merely extends in Hibernate 7) and that Spring Boot's {@code SpringImplicitNamingStrategy}
 * (join tables named {@code <owner table>_<attribute>}). Explicit keys win over the defaults.
 */
final class SpringBootSettings {
    /** Spring Boot's default physical naming, in Hibernate 7's non-deprecated spelling. */
    static final String SNAKE_CASE = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

    /**
     * A Spring Boot generation: its Hibernate auto-configuration class, its implicit naming strategy
     * and the artifact ({@code groupId:artifactId}) that holds the strategy.
     */
    record Generation(String autoConfiguration, String implicitNamingStrategy, String strategyArtifact) {}

    /** Newest first. */
    static final List<Generation> GENERATIONS = List.of(
            new Generation("org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
                    "org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
                    "org.springframework.boot:spring-boot-hibernate"),
            new Generation("org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
                    "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy",
                    "org.springframework.boot:spring-boot"));

    private static final String NAMING = "spring.jpa.hibernate.naming.";
    private static final String PROPERTIES = "spring.jpa.properties.";

    private SpringBootSettings() {}

    /** The Spring Boot settings of the project behind {@code projectLoader}, as Hibernate settings. */
    static Map<String, String> of(ClassLoader projectLoader) throws VerifyException {
        return translate(SpringConfigFiles.read(projectLoader), generation(projectLoader));
    }

    /** The Spring Boot generation whose JPA auto-configuration the project has, if any. */
    static Optional<Generation> generation(ClassLoader projectLoader) {
        return GENERATIONS.stream()
                .filter(g -> projectLoader.getResource(g.autoConfiguration().replace('.', '/') + ".class") != null)
                .findFirst();
    }

    /** Spring keys to Hibernate settings, over Spring Boot's defaults when {@code boot} is present. */
    static Map<String, String> translate(Map<String, String> spring, Optional<Generation> boot) {
        Map<String, String> out = new TreeMap<>();
        boot.ifPresent(g -> {
            out.put("hibernate.physical_naming_strategy", SNAKE_CASE);
            out.put("hibernate.implicit_naming_strategy", g.implicitNamingStrategy());
        });
        spring.forEach((key, value) -> {
            if (key.startsWith(PROPERTIES) && key.length() > PROPERTIES.length()) {
                out.put(key.substring(PROPERTIES.length()), value);
            }
        });
        // Spring's own keys are bound after spring.jpa.properties (HibernateProperties#determineHibernateProperties
        // puts the naming strategies over the map), so they win over the same setting given as a property.
        relaxed(spring, NAMING, "physical-strategy").ifPresent(v -> out.put("hibernate.physical_naming_strategy", v));
        relaxed(spring, NAMING, "implicit-strategy").ifPresent(v -> out.put("hibernate.implicit_naming_strategy", v));
        relaxed(spring, "spring.jpa.", "database-platform").ifPresent(v -> out.put("hibernate.dialect", v));
        return out;
    }

    /** The value of {@code prefix + kebab} in any of Spring's relaxed spellings. */
    private static Optional<String> relaxed(Map<String, String> spring, String prefix, String kebab) {
        String canonical = kebab.replace("-", "");
        return spring.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .filter(e -> e.getKey().substring(prefix.length()).replace("-", "").replace("_", "")
                        .equalsIgnoreCase(canonical))
                .map(Map.Entry::getValue)
                .filter(v -> !v.isBlank())
                .findFirst();
    }
}
