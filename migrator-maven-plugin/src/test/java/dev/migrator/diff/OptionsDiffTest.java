package dev.migrator.diff;

import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.index;
import static dev.migrator.Dsl.sequence;
import static dev.migrator.Dsl.unique;
import static dev.migrator.diff.Scenarios.alter;
import static dev.migrator.diff.Scenarios.tutorial;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.AddUniqueConstraint;
import dev.migrator.operation.AlterSequence;
import dev.migrator.operation.CreateIndex;
import dev.migrator.operation.DropForeignKey;
import dev.migrator.operation.DropIndex;
import dev.migrator.operation.DropUniqueConstraint;
import dev.migrator.operation.Operation;
import dev.migrator.operation.SetTableOptions;
import dev.migrator.replay.SchemaReplay;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JPA 3.2 {@code options}: a constraint or index whose options change is dropped and created again
 * (no database alters one in place); a table's or a sequence's changed options are recorded in the
 * model (so the next diff is empty) and reported as a {@link Risk.Level#MANUAL} step, because no
 * ALTER can be derived from two SQL fragments.
 */
class OptionsDiffTest {
    private static final Index BY_NAME = index("IDX_name", "name").options("include (fullname)");
    private static final UniqueConstraint UNIQUE_NAME = unique("UK_name", "name").options("deferrable");
    private static final ForeignKey TO_USER = foreignKey("FK6i66ijb8twgcqtetl8eeeed6v", "user_id", "user", "id");

    @Test
    void changedIndexUniqueAndForeignKeyOptionsRecreateThem() {
        Schema before = alter(alter(tutorial(), "user", u -> u.index(BY_NAME).unique(UNIQUE_NAME)), "address",
                a -> a.withForeignKeys(List.of(TO_USER)));
        Schema after = alter(alter(tutorial(), "user", u -> u.index(BY_NAME.options("include (id)"))
                .unique(UNIQUE_NAME.options(null))), "address", a -> a.withForeignKeys(List.of(TO_USER.options("on update cascade"))));

        List<Operation> ops = SchemaDiffer.diff(before, after);

        assertThat(ops).containsExactlyInAnyOrder(
                new DropForeignKey("address", TO_USER),
                new DropIndex("user", BY_NAME),
                new DropUniqueConstraint("user", UNIQUE_NAME),
                new AddUniqueConstraint("user", UNIQUE_NAME.options(null)),
                new CreateIndex("user", BY_NAME.options("include (id)")),
                new AddForeignKey("address", TO_USER.options("on update cascade")));
        assertInvariants(before, after);
    }

    @Test
    void aTableOptionsChangeIsRecordedAndReportedAsManual() {
        Schema before = tutorial();
        Schema after = alter(tutorial(), "user", u -> u.options("with (fillfactor=70)"));

        List<Operation> ops = SchemaDiffer.diff(before, after);

        assertThat(ops).containsExactly(new SetTableOptions("user", null, "with (fillfactor=70)"));
        Risk risk = Risks.of(ops.get(0)).orElseThrow();
        assertThat(risk.level()).isEqualTo(Risk.Level.MANUAL);
        assertThat(risk.text()).contains("options of table user change from none to \"with (fillfactor=70)\"")
                .contains("runs no SQL").contains("op.executeSql(\"alter table user ...\")");
        assertInvariants(before, after);
    }

    @Test
    void aSequenceOptionsChangeAltersWhatItCanAndReportsTheRest() {
        Sequence cached = sequence("user_SEQ", 1, 50).options("cache 10");
        Schema before = tutorial().withSequence(cached);
        Schema after = tutorial().withSequence(cached.options("cache 20"));

        List<Operation> ops = SchemaDiffer.diff(before, after);

        assertThat(ops).containsExactly(new AlterSequence(cached, cached.options("cache 20")));
        Risk risk = Risks.of(ops.get(0)).orElseThrow();
        assertThat(risk.level()).isEqualTo(Risk.Level.MANUAL);
        assertThat(risk.text()).contains("options of sequence user_SEQ change from \"cache 10\" to \"cache 20\"");
        assertThat(Risks.of(new AlterSequence(sequence("s", 1, 50), sequence("s", 1, 1)))).isEmpty();
        assertInvariants(before, after);
    }

    @Test
    void newTablesKeepTheirOptions() {
        Schema after = alter(tutorial(), "user", u -> u.options("with (fillfactor=70)").index(BY_NAME));
        List<Operation> ops = SchemaDiffer.diff(Schema.EMPTY, after);
        assertThat(ops).noneMatch(op -> op instanceof SetTableOptions);
        assertInvariants(Schema.EMPTY, after);
    }

    /** diff(a, a) is empty; replaying diff(a, b) on a gives b, and its reverse gives a back. */
    private static void assertInvariants(Schema before, Schema after) {
        assertThat(SchemaDiffer.diff(before, before)).isEmpty();
        assertThat(SchemaDiffer.diff(after, after)).isEmpty();
        List<Operation> ops = SchemaDiffer.diff(before, after);
        assertThat(SchemaReplay.apply(before, ops)).isEqualTo(after);
        List<Operation> reverse = new java.util.ArrayList<>(ops.stream().map(Operation::reverse).toList());
        java.util.Collections.reverse(reverse);
        assertThat(SchemaReplay.apply(after, reverse)).isEqualTo(before);
        assertThat(SchemaDiffer.diff(SchemaReplay.apply(before, ops), after)).isEmpty();
    }
}
