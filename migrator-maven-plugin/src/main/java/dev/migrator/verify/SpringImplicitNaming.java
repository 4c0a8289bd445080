package dev.migrator.verify;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code -Amigrator.implicitNaming} means for verify. A snapshot compiled with {@code spring} is
 * compared with Hibernate booted with Spring Boot's own {@code SpringImplicitNamingStrategy}, taken from
 * the project's class path (Spring Boot 4's class, else Spring Boot 3's), so that verify checks our
 * reading of Spring's rule against Spring's code. A snapshot compiled with {@code jpa} for a project
 * whose Hibernate uses Spring's strategy (every Spring Boot application, by default) differs in its join
 * tables; {@link #hint} says which option fixes that. Stateless.
 */
public final class SpringImplicitNaming {
    private SpringImplicitNaming() {}

    /**
     * The implicit naming strategy class to boot Hibernate with for a snapshot's {@code implicitNaming}:
     * {@code null} for {@code jpa} (Hibernate's default), the Spring class the project has for
     * {@code spring}.
     *
     * @throws VerifyException for {@code spring} when the project has neither Spring Boot's class, naming
     *     the option and the artifacts that bring it; or for a value no processor writes
     */
    public static String strategyFor(String implicitNaming, ClassLoader projectLoader) throws VerifyException {
        if (implicitNaming.equals("jpa")) {
            return null;
        }
        if (!implicitNaming.equals("spring")) {
            throw new VerifyException("The snapshot names an unknown implicit naming \"" + implicitNaming
                    + "\" (-Amigrator.implicitNaming is jpa or spring); recompile the entities with this migrator version.");
        }
        return SpringBootSettings.GENERATIONS.stream()
                .map(SpringBootSettings.Generation::implicitNamingStrategy)
                .filter(strategy -> projectLoader.getResource(strategy.replace('.', '/') + ".class") != null)
                .findFirst()
                .orElseThrow(() -> new VerifyException("The snapshot was compiled with -Amigrator.implicitNaming=spring,"
                        + " but Spring Boot's SpringImplicitNamingStrategy is not on the project's class path: add "
                        + SpringBootSettings.GENERATIONS.stream()
                                .map(g -> g.strategyArtifact() + " (" + g.implicitNamingStrategy() + ")")
                                .collect(Collectors.joining(" or "))
                        + " to the project's dependencies, or compile without -Amigrator.implicitNaming=spring."));
    }

    /**
     * A one-line hint when the snapshot was compiled with JPA's implicit naming but the project's
     * Hibernate settings ({@link HibernateSettings#project}) use Spring Boot's strategy; empty otherwise.
     */
    public static Optional<String> hint(String implicitNaming, String naming, Map<String, String> projectSettings) {
        String strategy = projectSettings.get("hibernate.implicit_naming_strategy");
        boolean spring = strategy != null && SpringBootSettings.GENERATIONS.stream()
                .anyMatch(g -> g.implicitNamingStrategy().equals(strategy.trim()));
        if (!spring || !implicitNaming.equals("jpa")) {
            return Optional.empty();
        }
        String options = naming.equals("snake_case") ? "-Amigrator.implicitNaming=spring"
                : "-Amigrator.naming=snake_case -Amigrator.implicitNaming=spring";
        return Optional.of("Hint: this project's Hibernate names join tables with Spring Boot's SpringImplicitNamingStrategy"
                + " (<owner table>_<attribute>); compile the entities with " + options
                + " (maven-compiler-plugin <compilerArgs>) so that the snapshot names them the same way.");
    }
}
