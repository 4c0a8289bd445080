package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.dialect.Keywords;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code -Amigrator.dialect}: names are computed with that dialect's keyword list, exactly as
 * Hibernate quotes them online. The expected names are the ones Hibernate 7.1.10 exported for the
 * {@code it} fixtures {@code mapped} ({@code Comment}, a PostgreSQL keyword) and
 * {@code domain.tracker} ({@code Label}, a PostgreSQL keyword) on H2 and on PostgreSQL.
 */
class DialectNamesTest {

    private static final List<javax.tools.JavaFileObject> SOURCES = List.of(
            Compilations.source("t.Article",
                    "package t;",
                    "import jakarta.persistence.*;",
                    "@Entity public class Article { @Id Long id; }"),
            Compilations.source("t.Comment",
                    "package t;",
                    "import jakarta.persistence.*;",
                    "@Entity public class Comment { @Id Long id; @ManyToOne(optional = false) Article article; }"),
            Compilations.source("t.Label",
                    "package t;",
                    "import jakarta.persistence.*;",
                    "@Entity public class Label { @Id Long id; }"),
            Compilations.source("t.Issue",
                    "package t;",
                    "import jakarta.persistence.*;",
                    "@Entity public class Issue { @Id Long id;",
                    "    @ManyToMany java.util.Set<Label> labels; }"));

    private static Schema schema(Compilation compilation, String entity) throws SnapshotFormatException {
        assertThat(compilation).succeeded();
        return SnapshotCodec.fromJson(Compilations.fragment(compilation, entity)).schema();
    }

    private static String dialect(Compilation compilation, String entity) throws SnapshotFormatException {
        return SnapshotCodec.fromJson(Compilations.fragment(compilation, entity)).dialect();
    }

    @Test
    void aTableThatIsAKeywordOnPostgreSqlOnlyIsHashedQuotedThere() throws SnapshotFormatException {
        Compilation postgresql = Compilations.compile(SOURCES, "-Amigrator.dialect=postgresql");
        Compilation h2 = Compilations.compile(SOURCES, "-Amigrator.dialect=h2");
        Compilation none = Compilations.compile(SOURCES);

        assertThat(schema(postgresql, "t.Comment").requireTable("Comment").foreignKeys())
                .extracting(ForeignKey::name).containsExactly("FK4ncl1bd2ob2l4vov8m7nqqjpa");
        assertThat(schema(h2, "t.Comment").requireTable("Comment").foreignKeys())
                .extracting(ForeignKey::name).containsExactly("FKt8868quske2jw98t2nw4ddig0");
        assertThat(schema(none, "t.Comment").requireTable("Comment").foreignKeys())
                .extracting(ForeignKey::name).containsExactly("FKt8868quske2jw98t2nw4ddig0");
    }

    @Test
    void anImplicitJoinTableInheritsTheQuotingOfItsTargetTable() throws SnapshotFormatException {
        Table onPostgreSql = schema(Compilations.compile(SOURCES, "-Amigrator.dialect=postgresql"), "t.Issue")
                .requireTable("`Issue_Label`");
        assertThat(onPostgreSql.foreignKeys()).extracting(ForeignKey::name)
                .containsExactlyInAnyOrder("FKso4c41u664t7fq9dvopqmwp77", "FKt2okv15oaq8kup5e8jcwm3nsf");

        Table onH2 = schema(Compilations.compile(SOURCES, "-Amigrator.dialect=h2"), "t.Issue").requireTable("Issue_Label");
        assertThat(onH2.foreignKeys()).extracting(ForeignKey::name)
                .containsExactlyInAnyOrder("FKg32pjv0yxibrw5jra04373tky", "FKmb8ignhbmphm10om0r58nvrt2");
    }

    @Test
    void theFragmentRecordsTheDialect() throws SnapshotFormatException {
        assertThat(dialect(Compilations.compile(SOURCES, "-Amigrator.dialect=postgresql"), "t.Label")).isEqualTo("postgresql");
        assertThat(dialect(Compilations.compile(SOURCES, "-Amigrator.dialect=h2"), "t.Label")).isEqualTo("h2");
        EntitySnapshot plain = SnapshotCodec.fromJson(Compilations.fragment(Compilations.compile(SOURCES), "t.Label"));
        assertThat(plain.dialect()).isNull();
        assertThat(Compilations.fragment(Compilations.compile(SOURCES), "t.Label")).doesNotContain("dialect");
    }

    @Test
    void anUnknownDialectIsAnErrorNamingTheOption() {
        Compilation compilation = Compilations.compile(SOURCES, "-Amigrator.dialect=oracle");

        assertThat(compilation).hadErrorContaining(
                "MIG008 unknown value \"oracle\" for processor option -Amigrator.dialect; use one of h2, postgresql");
    }

    @Test
    void withoutADialectOnlyTheWordsEveryDatabaseQuotesCount() {
        Naming none = Naming.of(PhysicalNaming.STANDARD, null);
        Naming postgresql = Naming.of(PhysicalNaming.STANDARD, "postgresql");
        Naming h2 = Naming.of(PhysicalNaming.STANDARD, "h2");

        assertThat(none.name("limit").quoted()).isTrue();
        assertThat(none.name("User").quoted()).isTrue();
        assertThat(none.name("version").quoted()).isFalse();
        assertThat(postgresql.name("Version").quoted()).isTrue();
        assertThat(h2.name("version").quoted()).isFalse();
        assertThat(h2.name("KEY").quoted()).isTrue();
        assertThat(postgresql.name("key").quoted()).isFalse();
        assertThat(none.name("owner_id").quoted()).isFalse();
        assertThat(Keywords.common()).contains("offset", "current_schema").doesNotContain("key", "comment");
    }
}
