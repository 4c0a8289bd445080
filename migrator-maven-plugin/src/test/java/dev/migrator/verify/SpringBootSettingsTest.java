package dev.migrator.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How migrator:verify turns a Spring Boot application's configuration into Hibernate settings. */
class SpringBootSettingsTest {
    private static final SpringBootSettings.Generation BOOT_4 = SpringBootSettings.GENERATIONS.get(0);

    @Test
    void springKeysBecomeHibernateSettings() {
        Map<String, String> settings = SpringBootSettings.translate(Map.of(
                "spring.jpa.hibernate.naming.physical-strategy", "com.x.Physical",
                "spring.jpa.hibernate.naming.implicitStrategy", "com.x.Implicit",
                "spring.jpa.properties.hibernate.globally_quoted_identifiers", "true",
                "spring.jpa.database-platform", "org.hibernate.dialect.PostgreSQLDialect",
                "spring.jpa.hibernate.ddl-auto", "update",
                "spring.datasource.url", "jdbc:postgresql://db/app"), Optional.empty());

        assertThat(settings).containsExactlyInAnyOrderEntriesOf(Map.of(
                "hibernate.physical_naming_strategy", "com.x.Physical",
                "hibernate.implicit_naming_strategy", "com.x.Implicit",
                "hibernate.globally_quoted_identifiers", "true",
                "hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect"));
    }

    @Test
    void springBootsDefaultsApplyOnlyWithItsJpaAutoConfiguration() {
        assertThat(SpringBootSettings.translate(Map.of(), Optional.empty())).isEmpty();
        assertThat(SpringBootSettings.translate(Map.of(), Optional.of(BOOT_4))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl",
                "hibernate.implicit_naming_strategy", "org.springframework.boot.hibernate.SpringImplicitNamingStrategy"));
    }

    @Test
    void explicitNamingWinsOverTheDefaultsAndOverTheSameSettingAsAProperty() {
        Map<String, String> settings = SpringBootSettings.translate(Map.of(
                "spring.jpa.properties.hibernate.physical_naming_strategy", "com.x.AsProperty",
                "spring.jpa.properties.hibernate.implicit_naming_strategy", "com.x.ImplicitAsProperty",
                "spring.jpa.hibernate.naming.physical_strategy", "com.x.Physical"), Optional.of(BOOT_4));

        // Spring Boot puts its naming keys over spring.jpa.properties, and its defaults only where nothing is set.
        assertThat(settings)
                .containsEntry("hibernate.physical_naming_strategy", "com.x.Physical")
                .containsEntry("hibernate.implicit_naming_strategy", "com.x.ImplicitAsProperty");
    }

    @Test
    void yamlIsFlattenedAndProfileDocumentsAreLeftOut() throws Exception {
        Map<String, String> flat = SpringConfigFiles.yaml("""
                spring:
                  jpa:
                    hibernate:
                      naming:
                        physical-strategy: com.x.Physical
                    properties:
                      "[hibernate.auto_quote_keyword]": false
                      hibernate:
                        type:
                          preferred_uuid_jdbc_type: CHAR
                  profiles:
                    include: [a, b]
                ---
                spring:
                  config:
                    activate:
                      on-profile: dev
                  jpa:
                    database-platform: org.hibernate.dialect.H2Dialect
                """, "application.yml");

        assertThat(flat).containsExactlyInAnyOrderEntriesOf(Map.of(
                "spring.jpa.hibernate.naming.physical-strategy", "com.x.Physical",
                "spring.jpa.properties.hibernate.auto_quote_keyword", "false",
                "spring.jpa.properties.hibernate.type.preferred_uuid_jdbc_type", "CHAR",
                "spring.profiles.include[0]", "a",
                "spring.profiles.include[1]", "b"));
    }

    @Test
    void propertiesDocumentsFollowTheSameRule() throws Exception {
        Map<String, String> flat = SpringConfigFiles.properties("""
                spring.jpa.properties.hibernate.auto_quote_keyword = true
                #---
                spring.config.activate.on-profile=test
                spring.jpa.properties.hibernate.auto_quote_keyword=false
                #---
                spring.jpa.database-platform=org.hibernate.dialect.H2Dialect
                """, "application.properties");

        assertThat(flat).containsExactlyInAnyOrderEntriesOf(Map.of(
                "spring.jpa.properties.hibernate.auto_quote_keyword", "true",
                "spring.jpa.database-platform", "org.hibernate.dialect.H2Dialect"));
    }

    @Test
    void propertiesWinOverYamlAndConfigWinsOverTheRoot(@TempDir Path dir) throws Exception {
        write(dir.resolve("application.yml"), "spring.jpa.properties:\n  a: yml\n  b: yml\n  c: yml\n");
        write(dir.resolve("application.properties"), "spring.jpa.properties.b=properties\nspring.jpa.properties.c=properties\n");
        write(dir.resolve("config/application.yml"), "spring.jpa.properties.c: config\n");

        assertThat(SpringBootSettings.of(loader(dir))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "a", "yml", "b", "properties", "c", "config"));
    }

    @Test
    void theSpringBootGenerationIsFoundByItsAutoConfigurationClass(@TempDir Path dir) throws Exception {
        assertThat(SpringBootSettings.generation(loader(dir))).isEmpty();
        write(dir.resolve("org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaAutoConfiguration.class"), "");

        assertThat(SpringBootSettings.generation(loader(dir)).orElseThrow().implicitNamingStrategy())
                .isEqualTo("org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");
    }

    @Test
    void theLayersStackUpHibernatePropertiesThenSpringThenThePlugin(@TempDir Path dir) throws Exception {
        write(dir.resolve("hibernate.properties"), "a=hibernate\nb=hibernate\nc=hibernate\n");
        write(dir.resolve("application.properties"), "spring.jpa.properties.b=spring\nspring.jpa.properties.c=spring\n");

        assertThat(HibernateSettings.project(loader(dir), Map.of("c", "plugin")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", "hibernate", "b", "spring", "c", "plugin"));
    }

    @Test
    void brokenYamlNamesTheFile() {
        assertThatThrownBy(() -> SpringConfigFiles.yaml("spring: [unclosed", "classpath:application.yml"))
                .isInstanceOf(VerifyException.class)
                .hasMessageStartingWith("Cannot read classpath:application.yml: ");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static ClassLoader loader(Path dir) throws IOException {
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }
}
