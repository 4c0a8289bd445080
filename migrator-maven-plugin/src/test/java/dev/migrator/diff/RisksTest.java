package dev.migrator.diff;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.BOOLEAN;
import static dev.migrator.Dsl.DATE;
import static dev.migrator.Dsl.INTEGER;
import static dev.migrator.Dsl.TEXT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.index;
import static dev.migrator.Dsl.numeric;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.timestamp;
import static dev.migrator.Dsl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.ColumnType;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.operation.AddCheckConstraint;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.AddUniqueConstraint;
import dev.migrator.operation.AlterColumnNullability;
import dev.migrator.operation.AlterColumnType;
import dev.migrator.operation.CreateIndex;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropColumn;
import dev.migrator.operation.DropTable;
import dev.migrator.operation.Operation;
import dev.migrator.operation.SetNotNull;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What make reports and marks, each with the safer alternative. */
class RisksTest {
    static final Table T = table("t").column(column("id", BIGINT).notNull()).primaryKey("id");

    private static Risk risk(Operation op) {
        return Risks.of(op).orElseThrow(() -> new AssertionError("no risk for " + op));
    }

    private static Optional<Risk> type(ColumnType from, ColumnType to) {
        return Risks.of(new AlterColumnType("t", "c", from, to));
    }

    @Test
    void dropsAreDestructive() {
        assertThat(risk(new DropTable(T)).level()).isEqualTo(Risk.Level.DESTRUCTIVE);
        assertThat(risk(new DropColumn("t", column("c", INTEGER))))
                .isEqualTo(new Risk(Risk.Level.DESTRUCTIVE, "drops column t.c and its values"));
    }

    @Test
    void narrowingATypeIsDestructiveAndSaysPostgresRewritesTheTable() {
        assertThat(type(varchar(255), varchar(40)).orElseThrow().text()).isEqualTo("narrows t.c from varchar(255) to"
                + " varchar(40); values that no longer fit make it fail; PostgreSQL rewrites the table under an"
                + " exclusive lock. Safer on a large table: a new column, filled in batches");
        assertThat(type(numeric(10, 2), numeric(8, 2)).orElseThrow().level()).isEqualTo(Risk.Level.DESTRUCTIVE);
        assertThat(type(BIGINT, INTEGER).orElseThrow().text()).contains("narrows").contains("(or are rounded)");
        assertThat(type(numeric(10, 2), INTEGER).orElseThrow().level()).isEqualTo(Risk.Level.DESTRUCTIVE);
        assertThat(type(timestamp(6), DATE).orElseThrow().level()).isEqualTo(Risk.Level.DESTRUCTIVE);
        assertThat(type(TEXT, varchar(10)).orElseThrow().level()).isEqualTo(Risk.Level.DESTRUCTIVE);
    }

    @Test
    void aTypeFamilyChangeIsDestructiveAndNamesTheCast() {
        Risk risk = type(varchar(255), INTEGER).orElseThrow();
        assertThat(risk.level()).isEqualTo(Risk.Level.DESTRUCTIVE);
        assertThat(risk.text()).contains("changes the type family of t.c from varchar(255) to integer")
                .contains("using c::integer").contains("rewrites the table");
        assertThat(type(INTEGER, BOOLEAN).orElseThrow().level()).isEqualTo(Risk.Level.DESTRUCTIVE);
    }

    @Test
    void aWideningThatRewritesAPostgresTableIsRiskyAndOneThatDoesNotIsSilent() {
        Risk risk = type(INTEGER, BIGINT).orElseThrow();
        assertThat(risk).isEqualTo(new Risk(Risk.Level.RISKY, "changes the type of t.c from integer to bigint;"
                + " PostgreSQL rewrites the table under an exclusive lock. Safer on a large table: a new column,"
                + " filled in batches"));
        assertThat(type(INTEGER, varchar(20)).orElseThrow().level()).isEqualTo(Risk.Level.RISKY);
        assertThat(type(numeric(10, 2), numeric(12, 4)).orElseThrow().level()).isEqualTo(Risk.Level.RISKY);
        assertThat(type(varchar(10), varchar(20))).isEmpty();
        assertThat(type(varchar(10), TEXT)).isEmpty();
        assertThat(type(numeric(10, 2), numeric(12, 2))).isEmpty();
    }

    @Test
    void notNullChangesSayWhatHappensToTheRows() {
        assertThat(risk(new AlterColumnNullability("t", "c", false)).text())
                .isEqualTo("makes t.c NOT NULL; fails if a row holds NULL there. Safer: fill those rows first with"
                        + " op.setNotNull(\"t\", \"c\", \"<one-off SQL value>\") (make does this with"
                        + " -Dmigrator.defaults=t.c=<sql>)");
        assertThat(risk(new AddColumn("t", column("c", INTEGER).notNull())).text())
                .contains("-Dmigrator.defaults=t.c=<sql>");
        assertThat(risk(new SetNotNull("t", "c", "0")).text()).startsWith("sets t.c to 0 in every row holding NULL");
        assertThat(Risks.of(new AddColumn("t", column("c", INTEGER).notNull().defaultValue("0")))).isEmpty();
        assertThat(Risks.of(new AlterColumnNullability("t", "c", true))).isEmpty();
    }

    @Test
    void indexesAndConstraintsOnExistingTablesAreRiskyWithTheSaferWay() {
        CreateIndex index = new CreateIndex("t", index("idx_t_c", "c"));
        AddForeignKey fk = new AddForeignKey("t", foreignKey("fk_t_p", "p_id", "p", "id"));
        assertThat(risk(index)).isEqualTo(new Risk(Risk.Level.RISKY, "builds index idx_t_c on existing table t,"
                + " blocking writes to it until done. Safer on a large PostgreSQL table: a hand-written migration with"
                + " op.executeSql(\"create index concurrently ...\", \"drop index concurrently ...\")"));
        assertThat(risk(fk).text()).contains("adds foreign key fk_t_p on existing table t")
                .contains("both t and p are locked against writes").contains("NOT VALID, then VALIDATE CONSTRAINT");
        assertThat(risk(new AddUniqueConstraint("t", UniqueConstraint.of("uk", "c"))).text())
                .contains("create unique index concurrently");
        assertThat(risk(new AddCheckConstraint("t", CheckConstraint.of("ck", "c > 0"))).text()).contains("NOT VALID");
    }

    @Test
    void aTableTheSameMigrationCreatesHasNoRowsToScan() {
        Table created = table("n").column(column("id", BIGINT).notNull()).column(column("c", INTEGER).notNull());
        CreateIndex index = new CreateIndex("n", index("idx_n_c", "c"));
        AddForeignKey fk = new AddForeignKey("n", foreignKey("fk_n_t", "c", "t", "id"));
        CreateIndex existing = new CreateIndex("t", index("idx_t_id", "id"));
        Risks risks = Risks.in(List.of(new CreateTable(created), index, fk, existing));
        assertThat(risks.risk(index)).isEmpty();
        assertThat(risks.risk(fk)).isEmpty();
        assertThat(risks.risk(new AddColumn("n", column("d", INTEGER).notNull()))).isEmpty();
        assertThat(risks.risk(existing)).isPresent();
    }
}
