package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.Column;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hashed FK and index names, unique constraints and quoting, against the script Hibernate 7.1.10
 * exported for the {@code naming} fixture (identical on H2 and PostgreSQL).
 */
class ConstraintNamesTest {
    private static final Naming NAMES = Naming.of(PhysicalNaming.STANDARD, null);
    private static Compilation compilation;

    @BeforeAll
    static void compile() {
        compilation = Compilations.compile(Compilations.sourcesIn("naming"));
        assertThat(compilation).succeeded();
    }

    private static Table table(String entity, String table) throws SnapshotFormatException {
        return SnapshotCodec.fromJson(Compilations.fragment(compilation, "naming." + entity)).schema().requireTable(table);
    }

    @Test
    void indexesAndUniquesOfAuthor() throws SnapshotFormatException {
        Table author = table("Author", "Author");
        assertThat(author.indexes()).containsExactlyInAnyOrder(
                Index.of("IDXpkmydwvduk4slweyi7kunf6kc", "lastName"),
                Index.of("IDX2umratqkm4hwvaonx0gbdr29h", "lastName", "firstName desc"));
        // @Index(email, unique = true) on the already unique email adds nothing.
        assertThat(author.uniqueConstraints()).containsExactlyInAnyOrder(
                new UniqueConstraint(null, List.of("email")),
                new UniqueConstraint(null, List.of("SSN_Code")),
                new UniqueConstraint(null, List.of("lastName", "firstName")),
                new UniqueConstraint(null, List.of("nick")));
    }

    @Test
    void foreignKeysOfBook() throws SnapshotFormatException {
        Table book = table("Book", "Book");
        assertThat(book.foreignKeys()).extracting(ForeignKey::name, ForeignKey::columns).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("FK5gbo4o7yxefxivwuqjichc67t", List.of("author_id")),
                org.assertj.core.groups.Tuple.tuple("FKgjdrtvjrbtiidhk6iepi2pmkr", List.of("CoAuthor_ID")),
                org.assertj.core.groups.Tuple.tuple("fk_explicit", List.of("explicitFk_id")),
                // The implicit join column to the quoted "user" table is quoted too.
                org.assertj.core.groups.Tuple.tuple("FKkh9gvmi5l7earei9im5uucl21", List.of("`owner_id`")));
        assertThat(book.columns()).extracting(Column::name).contains("noFk_id", "`owner_id`");
    }

    @Test
    void quotedAndKeywordTables() throws SnapshotFormatException {
        Table quoted = table("QuotedT", "`Quoted_T`");
        assertThat(quoted.columns()).extracting(Column::name).containsExactlyInAnyOrder("id", "`Mixed`", "author_id");
        assertThat(quoted.foreignKeys()).extracting(ForeignKey::name).containsExactly("FK8e0s050y28j4hw0sy2vrxvv0m");
        Table user = table("UserAcc", "user");
        assertThat(user.indexes()).containsExactly(Index.of("IDX48tmlradehx67d8vxa8c6vek6", "login"));
        assertThat(user.uniqueConstraints()).containsExactlyInAnyOrder(
                new UniqueConstraint(null, List.of("login")), new UniqueConstraint(null, List.of("login", "order")));
        assertThat(user.foreignKeys()).extracting(ForeignKey::name).containsExactly("FKl2hi7wk514xhranuat9wl05ac");
    }

    @Test
    void hashesMatchHibernatesNamingHelper() {
        assertThat(ConstraintNames.uniqueKey(NAMES.name("Author"), List.of(NAMES.name("SSN_Code")))).isEqualTo("UKkyisuloxhr2c4sa1u7f27gjgi");
        assertThat(ConstraintNames.uniqueKey(NAMES.name("user"), List.of(NAMES.name("login"), NAMES.name("order"))))
                .isEqualTo("UKs8yy77x5umdwy6i57h22ryw1s");
        assertThat(ConstraintNames.uniqueKey(NAMES.name("`Quoted_T`"), List.of(NAMES.name("`Mixed`"))))
                .isEqualTo("UKotgp7d6889spgdexrej9iy6ks");
        assertThat(ConstraintNames.index(NAMES.name("Author"), List.of(NAMES.name("email")))).isEqualTo("IDXcp1md23vm99jdq2vcflm9w1ia");
    }
}
