package dev.migrator.runner;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.index;
import static dev.migrator.Dsl.sequence;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.unique;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.AddUniqueConstraint;
import dev.migrator.operation.CreateIndex;
import dev.migrator.operation.CreateSequence;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code options} of tables, indexes, unique constraints, foreign keys and sequences (JPA 3.2)
 * were added to the model after migrations were applied: a migration that does not use them keeps
 * the checksum it was applied with, one that uses them is checksummed on them.
 */
class ChecksumsOptionsTest {
    /** The checksum of {@link #operations} computed by the runtime before these options existed (main at 9840ac6). */
    private static final String CHECKSUM_BEFORE_OPTIONS = "73bc03295a0873cc57c987ec703f14cdd86288e1e96cc745cb8350f654ab6882";

    private static List<Operation> operations() {
        return List.of(
                new CreateSequence(sequence("book_SEQ", 1, 50)),
                new CreateTable(table("book")
                        .column(column("id", BIGINT).notNull())
                        .column(column("isbn", varchar(13)))
                        .column(column("author_id", BIGINT))
                        .primaryKey("id")
                        .unique(unique("UK_isbn", "isbn"))),
                new AddUniqueConstraint("book", unique(null, "isbn", "author_id")),
                new CreateIndex("book", index("IDX_isbn", "isbn")),
                new AddForeignKey("book", foreignKey("FK_author", "author_id", "author", "id")));
    }

    @Test
    void migrationsWithoutOptionsKeepTheirChecksum() {
        assertThat(Checksums.of(operations())).isEqualTo(CHECKSUM_BEFORE_OPTIONS);
    }
}
