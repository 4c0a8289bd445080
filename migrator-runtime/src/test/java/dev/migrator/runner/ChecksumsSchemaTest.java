package dev.migrator.runner;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.operation.AddColumn;
import dev.migrator.operation.CreateSchema;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropSchema;
import dev.migrator.operation.Operation;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schemas (decision D4) are spelled inside the existing name strings, so a migration without them is
 * exactly what it was: its checksum is the one computed before schemas existed.
 */
class ChecksumsSchemaTest {
    /** Computed by the runtime at main 098eb07, before schemas (and origins) existed. */
    private static final String CHECKSUM_BEFORE_SCHEMAS = "c02c8691bde3935697ab172dadf1ac1934e3cbd540630068c150edbc2926905a";

    private static List<Operation> operations(String schemaPrefix) {
        return List.of(
                new CreateTable(table(schemaPrefix + "book")
                        .column(column("id", BIGINT).notNull())
                        .column(column("title", varchar(255)))
                        .primaryKey("id")),
                new AddColumn(schemaPrefix + "book", column("isbn", varchar(13)).notNull()),
                new RenameTable(schemaPrefix + "book", schemaPrefix + "books"),
                new RenameColumn(schemaPrefix + "books", "title", "headline"));
    }

    @Test
    void unqualifiedNamesKeepTheChecksumFromBeforeSchemas() {
        assertThat(Checksums.of(operations(""))).isEqualTo(CHECKSUM_BEFORE_SCHEMAS);
    }

    @Test
    void aSchemaIsPartOfWhatAMigrationDoes() {
        assertThat(Checksums.of(operations("library."))).isNotEqualTo(CHECKSUM_BEFORE_SCHEMAS);
        assertThat(Checksums.canonicalText(List.of(new CreateSchema("library"), new DropSchema("`Lib`"))))
                .isEqualTo("CreateSchema(name=\"library\")\nDropSchema(name=\"`Lib`\")\n");
    }
}
