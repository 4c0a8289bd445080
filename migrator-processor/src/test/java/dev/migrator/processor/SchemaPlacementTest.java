package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import org.junit.jupiter.api.Test;

/**
 * Where the processor places tables and sequences (decision D4), as Hibernate does; the Hibernate
 * metamodel agreement of the same fixture is {@link HibernateMetadataTest} ({@code schemas}).
 */
class SchemaPlacementTest {

    @Test
    void tablesAndSequencesAreNamedWithTheirSchema() throws Exception {
        Schema schema = Compilations.assembled("schemas");
        assertThat(schema.tables().stream().map(Table::name)).containsExactlyInAnyOrder(
                "Reader", "library.Book", "library.book_extra", "user.Shelf", "user.book_shelf", "user.shelf_ids",
                "library.shelf_label",
                // Implicit join and collection tables stay in the default schema, whatever the owner's.
                "Book_Reader", "Book_tags");
        assertThat(schema.sequences().stream().map(Sequence::name))
                // An implicit sequence (<table>_SEQ) is in the default schema too.
                .containsExactlyInAnyOrder("library.reader_seq", "Book_SEQ");
        assertThat(schema.namespaces()).containsExactly("library", "user");
    }

    @Test
    void keysNameTheQualifiedTableButHashOnlyItsOwnName() throws Exception {
        Schema schema = Compilations.assembled("schemas");
        ForeignKey toReader = schema.requireTable("user.Shelf").foreignKeys().get(0);
        assertThat(toReader.referencedTable()).isEqualTo("Reader");
        // The hash of Hibernate's ForeignKeyNameSource: table `Shelf`, referenced `Reader`, no schema.
        assertThat(toReader.name()).isEqualTo(ConstraintNames.foreignKey(
                new Name("Shelf", false, false), new Name("Reader", false, false),
                java.util.List.of(new Name("owner_id", false, false))));
        assertThat(schema.requireTable("user.book_shelf").foreignKeys().stream().map(ForeignKey::referencedTable))
                .containsExactlyInAnyOrder("library.Book", "user.Shelf");
    }

    @Test
    void snakeCaseAppliesToTheSchemaAndTheDefaultSchemaSpelledOutIsDropped() {
        Compilation compilation = Compilations.compile(java.util.List.of(Compilations.source("t.LedgerEntry",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@Table(schema = \"FinanceArchive\")",
                "public class LedgerEntry {",
                "    @Id Long id;",
                "}"), Compilations.source("t.Plain",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@Table(name = \"plain\", schema = \"PUBLIC\")",
                "public class Plain {",
                "    @Id Long id;",
                "}")), "-Amigrator.naming=snake_case");
        assertThat(compilation).succeeded();
        assertThat(Compilations.fragment(compilation, "t.LedgerEntry")).contains("\"name\": \"finance_archive.ledger_entry\"");
        assertThat(Compilations.fragment(compilation, "t.Plain")).contains("\"name\": \"plain\"");
    }
}
