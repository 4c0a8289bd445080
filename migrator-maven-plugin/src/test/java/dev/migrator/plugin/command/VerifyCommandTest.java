package dev.migrator.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * migrator:verify on small entity models compiled with the real processor, against Hibernate ORM
 * booted offline by the command itself (no database).
 */
class VerifyCommandTest {
    /** A keyword table name, an enum, an embeddable, a many-to-many, sequences, an index and unique keys. */
    static final Map<String, String> LIBRARY = Map.of(
            "com/example/lib/Genre.java", """
                    package com.example.lib;
                    public enum Genre { NOVEL, POETRY, ESSAY }
                    """,
            "com/example/lib/Address.java", """
                    package com.example.lib;
                    import jakarta.persistence.*;
                    @Embeddable
                    public class Address {
                        @Column(length = 80) String street;
                        String city;
                    }
                    """,
            "com/example/lib/User.java", """
                    package com.example.lib;
                    import jakarta.persistence.*;
                    @Entity
                    @Table(name = "user", indexes = @Index(columnList = "email"))
                    public class User {
                        @Id @GeneratedValue Long id;
                        @Column(nullable = false, unique = true) String email;
                        @Embedded Address address;
                    }
                    """,
            "com/example/lib/Book.java", """
                    package com.example.lib;
                    import jakarta.persistence.*;
                    import java.math.BigDecimal;
                    import java.util.Set;
                    @Entity
                    public class Book {
                        @Id @GeneratedValue Long id;
                        @Column(length = 200, nullable = false) String title;
                        @Enumerated(EnumType.STRING) Genre genre;
                        BigDecimal price;
                        @ManyToOne User owner;
                        @ManyToMany Set<Tag> tags;
                    }
                    """,
            "com/example/lib/Tag.java", """
                    package com.example.lib;
                    import jakarta.persistence.*;
                    @Entity
                    public class Tag {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(length = 40, nullable = false, unique = true) String label;
                    }
                    """);

    @Test
    void agreesWithHibernateOnBothDialects(@TempDir Path dir) throws Exception {
        EntityProject project = new EntityProject(dir).compile(LIBRARY);
        RecordingConsole console = new RecordingConsole();

        new VerifyCommand(console).execute(project.verify(null, Map.of()));

        assertThat(console.text())
                .contains("Verifying 3 entities against Hibernate ORM 7.1.10.Final (offline), naming standard")
                .contains("h2: Hibernate's schema and the snapshot agree (4 tables, 2 sequences).")
                .contains("postgresql: Hibernate's schema and the snapshot agree (4 tables, 2 sequences).")
                .doesNotContain("[warn]");
    }

    /** "comment" is a keyword on PostgreSQL only: Hibernate hashes the quoted name there (decision D1). */
    static final Map<String, String> BLOG = Map.of(
            "com/example/blog/Post.java", """
                    package com.example.blog;
                    import jakarta.persistence.*;
                    @Entity
                    public class Post {
                        @Id @GeneratedValue Long id;
                        String title;
                    }
                    """,
            "com/example/blog/Comment.java", """
                    package com.example.blog;
                    import jakarta.persistence.*;
                    @Entity
                    public class Comment {
                        @Id @GeneratedValue Long id;
                        @ManyToOne(optional = false) Post post;
                    }
                    """);

    @Test
    void theSnapshotsDialectIsTheOneVerified(@TempDir Path dir) throws Exception {
        EntityProject project = new EntityProject(dir).compile(BLOG, "-Amigrator.dialect=postgresql");
        RecordingConsole console = new RecordingConsole();

        new VerifyCommand(console).execute(project.verify(null, Map.of()));

        assertThat(console.text()).contains("postgresql: Hibernate's schema and the snapshot agree (2 tables, 2 sequences).")
                .doesNotContain("h2:");
    }

    @Test
    void withoutTheDialectAPostgresOnlyKeywordGivesAnotherForeignKeyName(@TempDir Path dir) throws Exception {
        EntityProject project = new EntityProject(dir).compile(BLOG);
        RecordingConsole console = new RecordingConsole();

        assertThatThrownBy(() -> new VerifyCommand(console).execute(project.verify(null, Map.of())))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("postgresql: 2 difference(s)")
                .hasMessageContaining("-Amigrator.dialect");
        assertThat(console.text()).contains("h2: Hibernate's schema and the snapshot agree (2 tables, 2 sequences).")
                .containsPattern("postgresql: 2 difference\\(s\\)[\\s\\S]*foreign key");
    }

    @Test
    void snakeCaseNamingIsTakenFromTheSnapshot(@TempDir Path dir) throws Exception {
        EntityProject project = new EntityProject(dir).compile(LIBRARY, "-Amigrator.naming=snake_case");
        RecordingConsole console = new RecordingConsole();

        new VerifyCommand(console).execute(project.verify("postgresql", Map.of()));

        assertThat(console.text()).contains("naming snake_case")
                .contains("postgresql: Hibernate's schema and the snapshot agree (4 tables, 2 sequences).")
                .doesNotContain("h2:");
    }

    /** A project's own physical naming strategy: every table name gets the prefix {@code lib_}. */
    static final String PREFIX_NAMING = """
            package com.example.lib;
            import org.hibernate.boot.model.naming.*;
            import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
            public class PrefixNaming extends PhysicalNamingStrategyStandardImpl {
                @Override
                public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment context) {
                    return Identifier.toIdentifier("lib_" + name.getText(), name.isQuoted());
                }
            }
            """;

    @Test
    void aCustomPhysicalNamingStrategyOfTheProjectIsReportedAsDifferences(@TempDir Path dir) throws Exception {
        Map<String, String> sources = new java.util.HashMap<>(LIBRARY);
        sources.put("com/example/lib/PrefixNaming.java", PREFIX_NAMING);
        EntityProject project = new EntityProject(dir).compile(sources)
                .resource("hibernate.properties", "hibernate.physical_naming_strategy=com.example.lib.PrefixNaming\n");
        RecordingConsole console = new RecordingConsole();

        assertThatThrownBy(() -> new VerifyCommand(console).execute(project.verify("h2", Map.of())))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("Hibernate's schema differs from the snapshot (h2: 12 difference(s)");
        // Sequence names derive from the physical table names; a quoted name stays quoted.
        assertThat(console.lines).contains(
                "Verifying 3 entities against Hibernate ORM 7.1.10.Final (offline), naming standard, project settings "
                        + "[hibernate.physical_naming_strategy]; Bean Validation not applied (no provider on the "
                        + "project's classpath).",
                "[warn] h2: 12 difference(s) between Hibernate's schema and the snapshot:",
                "[warn]     sequence Book_SEQ: only in the snapshot (increment 50, start 1)",
                "[warn]     sequence lib_Book_SEQ: only in Hibernate (increment 50, start 1)",
                "[warn]     table \"lib_user\": only in Hibernate",
                "[warn]     table \"user\": only in the snapshot",
                "[warn]     table Book_Tag: only in the snapshot",
                "[warn]     table lib_Book_Tag: only in Hibernate");
    }

    @Test
    void tableGeneratorsAndInheritanceAgree(@TempDir Path dir) throws Exception {
        EntityProject project = new EntityProject(dir).compile(Map.of(
                "com/example/zoo/Animal.java", """
                        package com.example.zoo;
                        import jakarta.persistence.*;
                        @Entity
                        @DiscriminatorColumn
                        public class Animal {
                            @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id;
                            @Column(nullable = false) String name;
                        }
                        """,
                "com/example/zoo/Dog.java", """
                        package com.example.zoo;
                        import jakarta.persistence.*;
                        @Entity
                        public class Dog extends Animal {
                            boolean barks;
                        }
                        """,
                "com/example/zoo/Cat.java", """
                        package com.example.zoo;
                        import jakarta.persistence.*;
                        @Entity
                        @DiscriminatorValue("C")
                        public class Cat extends Animal {
                            int lives;
                        }
                        """));
        RecordingConsole console = new RecordingConsole();

        new VerifyCommand(console).execute(project.verify(null, Map.of()));

        assertThat(console.lines).contains(
                "h2: Hibernate's schema and the snapshot agree (2 tables, 0 sequences).",
                "postgresql: Hibernate's schema and the snapshot agree (2 tables, 0 sequences).");
    }

    @Test
    void theProjectsSettingsLoseToThePluginsHibernateProperties(@TempDir Path dir) throws Exception {
        EntityProject project = new EntityProject(dir).compile(LIBRARY)
                .resource("hibernate.properties", "hibernate.auto_quote_keyword=false\n");
        RecordingConsole console = new RecordingConsole();

        new VerifyCommand(console).execute(project.verify("h2", Map.of("hibernate.auto_quote_keyword", "true")));

        assertThat(console.text()).contains("h2: Hibernate's schema and the snapshot agree");
    }

    @Test
    void aStaleSnapshotIsReportedColumnByColumn(@TempDir Path dir) throws Exception {
        EntityProject project = new EntityProject(dir).compile(LIBRARY);
        Path fragment = project.classes().resolve("META-INF/migrator/entities/com.example.lib.Book.json");
        Files.writeString(fragment, Files.readString(fragment).replace("\"length\": 200", "\"length\": 255"));
        RecordingConsole console = new RecordingConsole();

        assertThatThrownBy(() -> new VerifyCommand(console).execute(project.verify("postgresql", Map.of())))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("(postgresql: 1 difference(s)");
        assertThat(console.lines).contains(
                "[warn]     table Book: column title: type is varchar(200) in Hibernate, varchar(255) in the snapshot");
    }

    @Test
    void aJavaxModelGetsAPreciseMessage(@TempDir Path dir) throws Exception {
        EntityProject project = new EntityProject(dir).compile(Map.of("com/example/old/Thing.java", """
                package com.example.old;
                import javax.persistence.*;
                @Entity
                public class Thing {
                    @Id Long id;
                }
                """));

        assertThatThrownBy(() -> new VerifyCommand(new RecordingConsole()).execute(project.verify(null, Map.of())))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("reads only jakarta.persistence annotations, but 1 entity uses javax.persistence "
                        + "(com.example.old.Thing)");
    }

    @Test
    void anUnknownDialectIsRefused(@TempDir Path dir) throws Exception {
        EntityProject project = new EntityProject(dir).compile(LIBRARY);

        assertThatThrownBy(() -> new VerifyCommand(new RecordingConsole()).execute(project.verify("oracle", Map.of())))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("migrator.dialect: unknown dialect \"oracle\"");
    }

    /**
     * Stand-ins for Spring Boot 4's {@code spring-boot-hibernate} (the real jar on the plugin's test class
     * path would make every test project, whose loader is a child of the tests', a Spring Boot project;
     * the {@code it} oracle fixture {@code spring.shop} is compared against the real class): its JPA
     * auto-configuration class, whose presence makes the project a Spring Boot JPA application, and its
     * {@code SpringImplicitNamingStrategy} with Spring's documented rule, join tables named
     * {@code <owning physical table>_<owning attribute>}.
     */
    static final Map<String, String> SPRING_BOOT = Map.of(
            "org/springframework/boot/hibernate/autoconfigure/HibernateJpaAutoConfiguration.java", """
                    package org.springframework.boot.hibernate.autoconfigure;
                    public class HibernateJpaAutoConfiguration {}
                    """,
            "org/springframework/boot/hibernate/SpringImplicitNamingStrategy.java", """
                    package org.springframework.boot.hibernate;
                    import org.hibernate.boot.model.naming.*;
                    public class SpringImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {
                        @Override
                        public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
                            String name = source.getOwningPhysicalTableName() + "_"
                                    + source.getAssociationOwningAttributePath().getProperty();
                            return toIdentifier(name, source.getBuildingContext());
                        }
                    }
                    """);

    @Test
    void aSpringBootProjectGetsSpringBootsNamingDefaults(@TempDir Path dir) throws Exception {
        Map<String, String> sources = new java.util.HashMap<>(LIBRARY);
        sources.putAll(SPRING_BOOT);
        EntityProject project = new EntityProject(dir).compile(sources, "-Amigrator.naming=snake_case");
        RecordingConsole console = new RecordingConsole();

        // snake_case matches Spring Boot's physical default; its implicit strategy names the join table differently.
        assertThatThrownBy(() -> new VerifyCommand(console).execute(project.verify("h2", Map.of())))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("(h2: 2 difference(s)");
        assertThat(console.lines).contains(
                "[warn]     table book_tag: only in the snapshot",
                "[warn]     table book_tags: only in Hibernate",
                "[warn] Hint: this project's Hibernate names join tables with Spring Boot's SpringImplicitNamingStrategy"
                        + " (<owner table>_<attribute>); compile the entities with -Amigrator.implicitNaming=spring"
                        + " (maven-compiler-plugin <compilerArgs>) so that the snapshot names them the same way.");
    }

    @Test
    void aSnapshotWithSpringsImplicitNamingAgreesWithHibernateBootedWithSpringsStrategy(@TempDir Path dir)
            throws Exception {
        Map<String, String> sources = new java.util.HashMap<>(LIBRARY);
        sources.putAll(SPRING_BOOT);
        EntityProject project = new EntityProject(dir).compile(sources, "-Amigrator.naming=snake_case",
                "-Amigrator.implicitNaming=spring");
        RecordingConsole console = new RecordingConsole();

        new VerifyCommand(console).execute(project.verify("h2", Map.of()));

        assertThat(console.text()).contains("naming snake_case with spring implicit naming")
                .contains("h2: Hibernate's schema and the snapshot agree (4 tables, 2 sequences).")
                .doesNotContain("Hint");
    }

    @Test
    void aSnapshotWithSpringsImplicitNamingNeedsSpringsStrategyOnTheClassPath(@TempDir Path dir) throws Exception {
        Map<String, String> sources = new java.util.HashMap<>(LIBRARY);
        sources.putAll(SPRING_BOOT);
        sources.remove("org/springframework/boot/hibernate/SpringImplicitNamingStrategy.java");
        EntityProject project = new EntityProject(dir).compile(sources, "-Amigrator.naming=snake_case",
                "-Amigrator.implicitNaming=spring");

        assertThatThrownBy(() -> new VerifyCommand(new RecordingConsole()).execute(project.verify("h2", Map.of())))
                .isInstanceOf(CommandException.class)
                .hasMessage("The snapshot was compiled with -Amigrator.implicitNaming=spring, but Spring Boot's"
                        + " SpringImplicitNamingStrategy is not on the project's class path: add"
                        + " org.springframework.boot:spring-boot-hibernate"
                        + " (org.springframework.boot.hibernate.SpringImplicitNamingStrategy) or"
                        + " org.springframework.boot:spring-boot"
                        + " (org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy) to the project's"
                        + " dependencies, or compile without -Amigrator.implicitNaming=spring.");
    }

    @Test
    void springBootsDefaultsGiveWayToTheApplicationsSettings(@TempDir Path dir) throws Exception {
        Map<String, String> sources = new java.util.HashMap<>(LIBRARY);
        sources.putAll(SPRING_BOOT);
        EntityProject project = new EntityProject(dir).compile(sources, "-Amigrator.naming=snake_case")
                .resource("application.yml", """
                        spring:
                          jpa:
                            hibernate:
                              naming:
                                implicit-strategy: org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl
                        """);
        RecordingConsole console = new RecordingConsole();

        new VerifyCommand(console).execute(project.verify("h2", Map.of()));

        assertThat(console.text()).contains("h2: Hibernate's schema and the snapshot agree (4 tables, 2 sequences).");
    }

    @Test
    void theNamingStrategyOfApplicationPropertiesIsApplied(@TempDir Path dir) throws Exception {
        Map<String, String> sources = new java.util.HashMap<>(LIBRARY);
        sources.put("com/example/lib/PrefixNaming.java", PREFIX_NAMING);
        EntityProject project = new EntityProject(dir).compile(sources).resource("application.properties",
                "spring.jpa.hibernate.naming.physical-strategy=com.example.lib.PrefixNaming\n");
        RecordingConsole console = new RecordingConsole();

        assertThatThrownBy(() -> new VerifyCommand(console).execute(project.verify("h2", Map.of())))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("(h2: 12 difference(s)");
        assertThat(console.lines).contains("[warn]     table lib_Book_Tag: only in Hibernate");
    }

    @Test
    void springsDatabasePlatformPicksTheDialectWhenTheSnapshotNamesNone(@TempDir Path dir) throws Exception {
        EntityProject project = new EntityProject(dir).compile(BLOG)
                .resource("application.properties", "spring.jpa.database-platform=org.hibernate.dialect.H2Dialect\n");
        RecordingConsole console = new RecordingConsole();

        new VerifyCommand(console).execute(project.verify(null, Map.of()));

        assertThat(console.text()).contains("h2: Hibernate's schema and the snapshot agree (2 tables, 2 sequences).")
                .doesNotContain("postgresql:");
    }

    /** Non-key references (single, composite written out of name order), to-one join tables, a required to-one in a subclass. */
    static final Map<String, String> REFERENCES = Map.of(
            "com/example/refs/Title.java", """
                    package com.example.refs;
                    import jakarta.persistence.*;
                    @Entity
                    public class Title {
                        @Id @GeneratedValue Long id;
                        @Column(unique = true, length = 13) String isbn;
                        @Column(name = "series_code", length = 10) String series;
                        Integer volume;
                    }
                    """,
            "com/example/refs/Shelving.java", """
                    package com.example.refs;
                    import jakarta.persistence.*;
                    @Entity
                    public class Shelving {
                        @Id @GeneratedValue Long id;
                        @ManyToOne @JoinColumn(name = "title_isbn", referencedColumnName = "isbn") Title byIsbn;
                        @ManyToOne @JoinColumns({@JoinColumn(name = "shelf_volume", referencedColumnName = "volume"),
                            @JoinColumn(name = "shelf_series", referencedColumnName = "series_code")}) Title bySeries;
                        @OneToOne @JoinTable(name = "shelving_title") Title featured;
                    }
                    """,
            "com/example/refs/Payment.java", """
                    package com.example.refs;
                    import jakarta.persistence.*;
                    @Entity
                    public class Payment {
                        @Id @GeneratedValue Long id;
                    }
                    """,
            "com/example/refs/TitlePayment.java", """
                    package com.example.refs;
                    import jakarta.persistence.*;
                    @Entity
                    public class TitlePayment extends Payment {
                        @ManyToOne(optional = false) Title title;
                    }
                    """);

    @Test
    void nonKeyReferencesToOneJoinTablesAndSubclassChecksAgree(@TempDir Path dir) throws Exception {
        EntityProject project = new EntityProject(dir).compile(REFERENCES);
        RecordingConsole console = new RecordingConsole();

        new VerifyCommand(console).execute(project.verify(null, Map.of()));

        assertThat(console.text()).contains("h2: Hibernate's schema and the snapshot agree (4 tables, 3 sequences).")
                .contains("postgresql: Hibernate's schema and the snapshot agree (4 tables, 3 sequences).");
    }
}
