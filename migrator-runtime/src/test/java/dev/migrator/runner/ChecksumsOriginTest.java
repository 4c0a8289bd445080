package dev.migrator.runner;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.operation.AddColumn;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.Operation;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Origins are not what a migration does: declaring them must not change any applied migration's checksum. */
class ChecksumsOriginTest {
    /**
     * The checksum of {@link #operations} computed by the runtime before origins existed (main at
     * 098eb07): a migration applied then must still validate once regenerated with origins.
     */
    private static final String CHECKSUM_BEFORE_ORIGINS = "c02c8691bde3935697ab172dadf1ac1934e3cbd540630068c150edbc2926905a";

    private static List<Operation> operations(boolean withOrigins) {
        String bookOrigin = withOrigins ? "com.x.Book" : null;
        return List.of(
                new CreateTable(table("book").origin(bookOrigin)
                        .column(column("id", BIGINT).notNull().origin(withOrigins ? "id" : null))
                        .column(column("title", varchar(255)).origin(withOrigins ? "com.x.Book#title" : null))
                        .primaryKey("id")),
                new AddColumn("book", column("isbn", varchar(13)).notNull().origin(withOrigins ? "isbn" : null)),
                new RenameTable("book", "books"),
                new RenameColumn("books", "title", "headline"));
    }

    @Test
    void originsLeaveTheChecksumOfExistingMigrationsAsItWas() {
        assertThat(Checksums.of(operations(false))).isEqualTo(CHECKSUM_BEFORE_ORIGINS);
        assertThat(Checksums.of(operations(true))).isEqualTo(CHECKSUM_BEFORE_ORIGINS);
        assertThat(Checksums.canonicalText(operations(true))).doesNotContain("origin").doesNotContain("com.x.Book");
    }

    @Test
    void everyRealEditStillChangesTheChecksum() {
        List<Operation> edited = List.of(new RenameColumn("books", "title", "heading"));
        assertThat(Checksums.of(edited)).isNotEqualTo(Checksums.of(List.of(new RenameColumn("books", "title", "headline"))));
    }
}
