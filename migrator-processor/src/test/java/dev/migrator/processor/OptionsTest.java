package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.snapshot.SnapshotCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every JPA 3.2 {@code options} member that changes Hibernate's DDL ends up, verbatim, on the model
 * element whose statement Hibernate appends it to; {@code @CheckConstraint(options)}, which
 * Hibernate's H2 and PostgreSQL dialects drop, changes nothing.
 */
class OptionsTest {

    @Test
    void tableIndexUniqueCheckAndGeneratorOptions() throws Exception {
        Schema schema = schema("t.Book",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@Table(options = \"with (fillfactor=70)\",",
                "    indexes = {@Index(name = \"IDX_title\", columnList = \"title\", options = \"include (isbn)\"),",
                "        @Index(name = \"UK_code\", columnList = \"code\", unique = true, options = \"deferrable\")},",
                "    uniqueConstraints = {@UniqueConstraint(columnNames = {\"title\", \"isbn\"}, options = \"nulls\"),",
                "        @UniqueConstraint(columnNames = \"isbn\", options = \"lost\")},",
                "    check = @CheckConstraint(name = \"CK_title\", constraint = \"title <> ''\", options = \"not enforced\"))",
                "@SequenceGenerator(name = \"books\", sequenceName = \"book_seq\", options = \"cache 10\")",
                "public class Book {",
                "    @Id @GeneratedValue(generator = \"books\") Long id;",
                "    String title;",
                "    @Column(unique = true) String isbn;",
                "    String code;",
                "}");
        Table book = schema.requireTable("Book");
        assertThat(book.options()).isEqualTo("with (fillfactor=70)");
        assertThat(book.indexes()).containsExactly(new Index("IDX_title", List.of("title"), false, "include (isbn)"));
        assertThat(book.uniqueConstraints()).containsExactlyInAnyOrder(
                new UniqueConstraint(null, List.of("isbn")),
                new UniqueConstraint(null, List.of("title", "isbn"), "nulls"),
                new UniqueConstraint("UK_code", List.of("code"), "deferrable"));
        assertThat(book.checks()).extracting(c -> c.name() + ": " + c.expression()).containsExactly("CK_title: title <> ''");
        assertThat(schema.sequences()).singleElement().satisfies(s -> assertThat(s.options()).isEqualTo("cache 10"));
    }

    @Test
    void tableGeneratorOptionsGoToItsTable() throws Exception {
        Schema schema = schema("t.Ticket",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Ticket {",
                "    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = \"tickets\")",
                "    @TableGenerator(name = \"tickets\", table = \"ticket_ids\", options = \"with (fillfactor=90)\") Long id;",
                "}");
        assertThat(schema.requireTable("ticket_ids").options()).isEqualTo("with (fillfactor=90)");
    }

    @Test
    void joinColumnAndForeignKeyOptions() throws Exception {
        Schema schema = schema("t.Player",
                "package t;",
                "import jakarta.persistence.*;",
                "import java.util.*;",
                "@Entity",
                "public class Player {",
                "    @Id Long id;",
                "    @ManyToOne @JoinColumn(options = \"check (team_id > 0)\",",
                "        foreignKey = @ForeignKey(options = \"on update cascade\"))",
                "    Player team;",
                "    @ManyToMany @JoinTable(name = \"member_friend\", options = \"with (fillfactor=80)\",",
                "        joinColumns = @JoinColumn(name = \"member_id\", options = \"check (member_id > 0)\"),",
                "        inverseJoinColumns = @JoinColumn(name = \"friend_id\",",
                "            foreignKey = @ForeignKey(options = \"on update cascade\")),",
                "        foreignKey = @ForeignKey(name = \"FK_member\", options = \"deferrable\"),",
                "        inverseForeignKey = @ForeignKey(options = \"ignored: no name, and join columns are written\"))",
                "    Set<Player> friends;",
                "    @ElementCollection @CollectionTable(name = \"member_tag\", options = \"with (fillfactor=60)\",",
                "        joinColumns = @JoinColumn(name = \"owner_id\", options = \"check (owner_id > 0)\",",
                "            foreignKey = @ForeignKey(options = \"on update cascade\")),",
                "        foreignKey = @ForeignKey(options = \"ignored: no name, and one join column is written\"))",
                "    @OrderColumn(options = \"check (tags_ORDER >= 0)\")",
                "    List<String> tags;",
                "    @ElementCollection @MapKeyColumn(name = \"k\", options = \"check (k <> '')\")",
                "    Map<String, String> labels;",
                "}");
        Table player = schema.requireTable("Player");
        assertThat(player.columns()).extracting(c -> c.name()).contains("team_id");
        assertThat(player.requireColumn("team_id").options()).isEqualTo("check (team_id > 0)");
        assertThat(player.foreignKeys()).singleElement().extracting(ForeignKey::options).isEqualTo("on update cascade");
        Table friends = schema.requireTable("member_friend");
        assertThat(friends.options()).isEqualTo("with (fillfactor=80)");
        assertThat(friends.requireColumn("member_id").options()).isEqualTo("check (member_id > 0)");
        assertThat(friends.requireColumn("friend_id").options()).isNull();
        assertThat(friends.foreignKeys()).extracting(fk -> fk.name().equals("FK_member") + " " + fk.options())
                .containsExactlyInAnyOrder("true deferrable", "false on update cascade");
        Table tags = schema.requireTable("member_tag");
        assertThat(tags.options()).isEqualTo("with (fillfactor=60)");
        assertThat(tags.requireColumn("owner_id").options()).isEqualTo("check (owner_id > 0)");
        assertThat(tags.requireColumn("tags_ORDER").options()).isEqualTo("check (tags_ORDER >= 0)");
        assertThat(tags.foreignKeys()).singleElement().extracting(ForeignKey::options).isEqualTo("on update cascade");
        assertThat(schema.requireTable("Player_labels").requireColumn("k").options()).isEqualTo("check (k <> '')");
    }

    @Test
    void inheritanceAndSecondaryTableOptions() throws Exception {
        Compilation compilation = Compilations.compile(List.of(
                Compilations.source("t.Party",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity @Inheritance(strategy = InheritanceType.JOINED)",
                        "@DiscriminatorColumn(options = \"check (DTYPE <> '')\")",
                        "@SecondaryTable(name = \"party_extra\", options = \"with (fillfactor=50)\",",
                        "    pkJoinColumns = @PrimaryKeyJoinColumn(name = \"party_id\", options = \"check (party_id > 0)\"),",
                        "    foreignKey = @ForeignKey(options = \"deferrable\"))",
                        "public class Party {",
                        "    @Id @Column(options = \"check (id > 0)\") Long id;",
                        "    @Column(table = \"party_extra\") String note;",
                        "}"),
                Compilations.source("t.Person",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity @PrimaryKeyJoinColumn(name = \"person_id\", options = \"check (person_id > 0)\",",
                        "    foreignKey = @ForeignKey(name = \"FK_person_party\", options = \"on update cascade\"))",
                        "public class Person extends Party { String name; }"),
                Compilations.source("t.Company",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Company extends Party { String vat; }")));
        assertThat(compilation).succeededWithoutWarnings();
        Table party = table(compilation, "t.Party", "Party");
        assertThat(party.requireColumn("DTYPE").options()).isEqualTo("check (DTYPE <> '')");
        assertThat(party.requireColumn("id").options()).isEqualTo("check (id > 0)");
        Table extra = table(compilation, "t.Party", "party_extra");
        assertThat(extra.options()).isEqualTo("with (fillfactor=50)");
        assertThat(extra.requireColumn("party_id").options()).isEqualTo("check (party_id > 0)");
        assertThat(extra.foreignKeys()).singleElement().extracting(ForeignKey::options).isEqualTo("deferrable");
        Table person = table(compilation, "t.Person", "Person");
        assertThat(person.requireColumn("person_id").options()).isEqualTo("check (person_id > 0)");
        assertThat(person.foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.name() + " " + fk.options()).isEqualTo("FK_person_party on update cascade"));
        Table company = table(compilation, "t.Company", "Company");
        assertThat(company.requireColumn("id").options()).as("not the root's @Column(options)").isNull();
        assertThat(company.foreignKeys()).singleElement().extracting(ForeignKey::options).isNull();
    }

    @Test
    void aDerivedKeyTakesItsJoinColumnsOptions() throws Exception {
        Compilation compilation = Compilations.compile(List.of(
                Compilations.source("t.Account", "package t;", "import jakarta.persistence.*;",
                        "@Entity public class Account { @Id Long id; }"),
                Compilations.source("t.Profile", "package t;", "import jakarta.persistence.*;",
                        "@Entity public class Profile {",
                        "    @Id @OneToOne @JoinColumn(name = \"account_id\", options = \"check (account_id > 0)\")",
                        "    Account account;",
                        "}")));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(table(compilation, "t.Profile", "Profile").requireColumn("account_id").options())
                .isEqualTo("check (account_id > 0)");
    }

    @Test
    void javaxAnnotationsHaveNoOptions() throws Exception {
        Schema schema = schema("t.Old",
                "package t;",
                "import javax.persistence.*;",
                "@Entity @Table(indexes = @Index(columnList = \"name\"))",
                "public class Old { @Id Long id; String name; }");
        assertThat(schema.requireTable("Old").options()).isNull();
        assertThat(schema.requireTable("Old").indexes()).singleElement().extracting(Index::options).isNull();
    }

    private static Schema schema(String entity, String... lines) throws Exception {
        Compilation compilation = Compilations.compile(List.of(Compilations.source(entity, lines)));
        assertThat(compilation).succeededWithoutWarnings();
        return SnapshotCodec.fromJson(Compilations.fragment(compilation, entity)).schema();
    }

    private static Table table(Compilation compilation, String entity, String table) throws Exception {
        return SnapshotCodec.fromJson(Compilations.fragment(compilation, entity)).schema().requireTable(table);
    }
}
