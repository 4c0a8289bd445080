package dev.migrator.render;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.diff.NotNullDefaults;
import dev.migrator.diff.Renames;
import dev.migrator.diff.SchemaDiffer;
import dev.migrator.model.Column;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.AlterColumnNullability;
import dev.migrator.operation.DropColumn;
import dev.migrator.operation.Operation;
import dev.migrator.operation.RenameTable;
import dev.migrator.operation.SetNotNull;
import dev.migrator.replay.SchemaReplay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Downgrades: reverses last one first, and a dropped NOT NULL column re-added with a value for the rows. */
class DowngradeTest {
    private static final Table BOOK = table("book").column(column("id", BIGINT).notNull())
            .column(column("code", varchar(5)).notNull()).column(column("note", varchar(5))).primaryKey("id");

    @Test
    void reversesEachOperationLastOneFirst() {
        List<Operation> up = List.of(new AlterColumnNullability("book", "note", false), new RenameTable("book", "volume"));
        assertThat(Downgrade.of(up)).containsExactly(new RenameTable("volume", "book"),
                new AlterColumnNullability("book", "note", true));
    }

    @Test
    void aDroppedNotNullColumnWithAValueIsReAddedNullableThenFilled() {
        Column code = BOOK.requireColumn("code");
        List<Operation> up = List.of(new DropColumn("book", code), new DropColumn("book", BOOK.requireColumn("note")));
        assertThat(Downgrade.of(up, Map.of("book.code", "'none'"))).containsExactly(
                new AddColumn("book", BOOK.requireColumn("note")),
                new AddColumn("book", code.withNullable(true)),
                new SetNotNull("book", "code", "'none'"));
        // Without a value: the plain reverse, which fails on rows (make warns).
        assertThat(Downgrade.of(up, Map.of("other.code", "1"))).isEqualTo(Downgrade.of(up));
        assertThat(Downgrade.of(up).get(1)).isEqualTo(new AddColumn("book", code));
    }

    @Test
    void theFilledDowngradeRestoresTheSchemaExactly() {
        Table after = BOOK.withoutColumn("code");
        Schema before = new Schema(List.of(BOOK), List.of());
        var diff = SchemaDiffer.diff(before, new Schema(List.of(after), List.of()), Renames.NONE,
                NotNullDefaults.parse("book.code='none'"));
        List<Operation> down = Downgrade.of(diff.operations(), diff.downgradeFills());
        assertThat(down).hasSize(2);
        assertThat(SchemaReplay.apply(SchemaReplay.apply(before, diff.operations()), down)).isEqualTo(before);
    }
}
