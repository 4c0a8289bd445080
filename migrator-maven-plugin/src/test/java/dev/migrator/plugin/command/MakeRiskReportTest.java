package dev.migrator.plugin.command;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.INTEGER;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.index;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** make reports each risky change with its safer alternative, and marks the same text in the generated code. */
class MakeRiskReportTest {
    @TempDir
    Path dir;

    static Table orders() {
        return table("orders").column(column("id", BIGINT).notNull()).column(column("code", varchar(20)))
                .column(column("customer_id", BIGINT)).primaryKey("id");
    }

    static Table customer() {
        return table("customer").column(column("id", BIGINT).notNull()).primaryKey("id");
    }

    @Test
    void typeChangesIndexesAndForeignKeysOnExistingTablesAreReportedAndMarked() throws Exception {
        TestProject project = new TestProject(dir);
        project.entity("com.example.Order", new Schema(List.of(orders()), List.of()));
        project.entity("com.example.Customer", new Schema(List.of(customer()), List.of()));
        new MakeCommand(new RecordingConsole()).execute(project.make("initial"));
        project.compile();
        Table next = orders().alterColumn("code", c -> c.withType(INTEGER)).withIndexes(List.of(index("idx_code", "code")))
                .withForeignKeys(List.of(foreignKey("fk_customer", "customer_id", "customer", "id")));
        Table audit = table("audit").column(column("id", BIGINT).notNull()).column(column("order_id", BIGINT))
                .primaryKey("id").withIndexes(List.of(index("idx_audit", "order_id")));
        project.entity("com.example.Order", new Schema(List.of(next, audit), List.of()));
        RecordingConsole console = new RecordingConsole();

        Path written = new MakeCommand(console).execute(project.make("code")).orElseThrow();

        List<String> warnings = console.lines.stream().filter(l -> l.startsWith("[warn] ")).toList();
        assertThat(warnings).containsExactly(
                "[warn] DESTRUCTIVE: changes the type family of orders.code from varchar(20) to integer; a value that"
                        + " does not convert (PostgreSQL: using code::integer) makes it fail, and converting back may"
                        + " not give the old text; PostgreSQL rewrites the table under an exclusive lock. Safer on a"
                        + " large table: a new column, filled in batches",
                "[warn] RISKY: builds index idx_code on existing table orders, blocking writes to it until done. Safer"
                        + " on a large PostgreSQL table: a hand-written migration with op.executeSql(\"create index"
                        + " concurrently ...\", \"drop index concurrently ...\")",
                "[warn] RISKY: adds foreign key fk_customer on existing table orders, checking every row while both"
                        + " orders and customer are locked against writes; fails if a row has no match. Safer on a"
                        + " large PostgreSQL table: a hand-written migration that adds it NOT VALID, then VALIDATE"
                        + " CONSTRAINT (which does not block writes)");
        String source = Files.readString(written);
        for (String warning : warnings) {
            assertThat(source).contains("// " + warning.substring("[warn] ".length()).replace("\"", "\\\"")
                    .replace("\\\"", "\""));
        }
        // The new table's index: nothing to scan, nothing reported.
        assertThat(source).contains("op.createIndex(\"audit\", index(\"idx_audit\", \"order_id\"));")
                .doesNotContain("idx_audit on existing");
    }
}
