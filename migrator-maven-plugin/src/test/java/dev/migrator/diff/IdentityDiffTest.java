package dev.migrator.diff;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.INTEGER;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.operation.AlterColumnIdentity;
import dev.migrator.operation.AlterColumnType;
import dev.migrator.operation.Operation;
import dev.migrator.replay.SchemaReplay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Identity generation changes in place ({@link AlterColumnIdentity}): the column, its key and its references stay. */
class IdentityDiffTest {
    private static final Table BOOK = table("book").column(column("id", BIGINT).notNull().generatedAsIdentity())
            .column(column("title", varchar(50))).primaryKey("id");
    private static final Table REVIEW = table("review").column(column("id", BIGINT).notNull())
            .column(column("book_id", BIGINT)).primaryKey("id")
            .foreignKey(foreignKey("FK_review_book", "book_id", "book", "id"));

    private static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    @Test
    void identityStoppedIsOneOperationAndTheKeyAndForeignKeysStay() {
        Table plain = BOOK.alterColumn("id", c -> c.withIdentity(false));
        List<Operation> ops = SchemaDiffer.diff(schema(BOOK, REVIEW), schema(plain, REVIEW));
        assertThat(ops).containsExactly(new AlterColumnIdentity("book", "id", false));
        assertExact(schema(BOOK, REVIEW), schema(plain, REVIEW), ops);
    }

    @Test
    void identityStartedIsOneOperation() {
        Table plain = BOOK.alterColumn("id", c -> c.withIdentity(false));
        List<Operation> ops = SchemaDiffer.diff(schema(plain), schema(BOOK));
        assertThat(ops).containsExactly(new AlterColumnIdentity("book", "id", true));
        assertExact(schema(plain), schema(BOOK), ops);
    }

    @Test
    void identityStopsBeforeAndStartsAfterTheColumnsOtherChanges() {
        Table narrow = BOOK.alterColumn("id", c -> c.withType(INTEGER).withIdentity(false));
        List<Operation> stop = SchemaDiffer.diff(schema(BOOK), schema(narrow));
        assertThat(stop).containsExactly(new AlterColumnIdentity("book", "id", false),
                new AlterColumnType("book", "id", BIGINT, INTEGER));
        assertExact(schema(BOOK), schema(narrow), stop);
        List<Operation> start = SchemaDiffer.diff(schema(narrow), schema(BOOK));
        assertThat(start).containsExactly(new AlterColumnType("book", "id", INTEGER, BIGINT),
                new AlterColumnIdentity("book", "id", true));
        assertExact(schema(narrow), schema(BOOK), start);
    }

    private static void assertExact(Schema before, Schema after, List<Operation> ops) {
        assertThat(SchemaReplay.apply(before, ops)).isEqualTo(after);
        assertThat(SchemaReplay.apply(after, SchemaDifferTest.reverse(ops))).isEqualTo(before);
    }
}
