package dev.migrator.diff;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.INTEGER;
import static dev.migrator.Dsl.column;
import static dev.migrator.diff.Scenarios.alter;
import static dev.migrator.diff.Scenarios.tutorial;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Column;
import dev.migrator.model.Schema;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.DropColumn;
import dev.migrator.operation.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A generated column's expression and a column's options cannot be altered in place: the differ
 * drops and adds the column, which is harmless for a generated column (it holds no data of its own)
 * and reported as destructive, with the hand-written alternative, for an ordinary one.
 */
class GeneratedColumnDiffTest {
    private static final Column TWICE = column("twice", BIGINT).generatedAs("id * 2");
    private static final Column RANK = column("rank", INTEGER).options("default 1");

    @Test
    void aChangedExpressionRecreatesTheColumnWithoutRisk() {
        Schema before = alter(tutorial(), "user", u -> u.column(TWICE));
        Schema after = alter(tutorial(), "user", u -> u.column(TWICE.generatedAs("id * 3")));

        List<Operation> ops = SchemaDiffer.diff(before, after);

        assertThat(ops).containsExactly(new DropColumn("user", TWICE), new AddColumn("user", TWICE.generatedAs("id * 3")));
        assertThat(ops).allSatisfy(op -> assertThat(Risks.of(op)).isEmpty());
    }

    @Test
    void changedOptionsRecreateTheColumnAndSayHowToKeepItsValues() {
        Schema before = alter(tutorial(), "user", u -> u.column(RANK));
        Schema after = alter(tutorial(), "user", u -> u.column(RANK.options("default 2")));

        List<Operation> ops = SchemaDiffer.diff(before, after);

        assertThat(ops).containsExactly(new DropColumn("user", RANK), new AddColumn("user", RANK.options("default 2")));
        Risk risk = Risks.of(ops.get(0)).orElseThrow();
        assertThat(risk.level()).isEqualTo(Risk.Level.DESTRUCTIVE);
        assertThat(risk.text()).contains("drops column user.rank and its values")
                .contains("@Column(options) changed").contains("hand-written op.executeSql");
    }

    @Test
    void aNotNullGeneratedColumnIsAddedAsItIsWithoutAFill() {
        Column computed = TWICE.notNull();
        Diff diff = SchemaDiffer.diff(tutorial(), alter(tutorial(), "user", u -> u.column(computed)), Renames.NONE);

        assertThat(diff.operations()).containsExactly(new AddColumn("user", computed));
        assertThat(diff.unfilled()).as("the database computes it: no one-off value to ask for").isEmpty();
        assertThat(Risks.of(diff.operations().get(0))).isEmpty();
    }

    @Test
    void anUnchangedGeneratedColumnNeedsNothing() {
        Schema schema = alter(tutorial(), "user", u -> u.column(TWICE).column(RANK)); // declared first
        assertThat(SchemaDiffer.diff(schema, schema)).isEmpty();
        assertThat(SchemaDiffer.diff(tutorial(), schema))
                .as("a generated column is added after the columns it may read, and dropped before them")
                .containsExactly(new AddColumn("user", RANK), new AddColumn("user", TWICE));
        assertThat(SchemaDiffer.diff(schema, tutorial()))
                .containsExactly(new DropColumn("user", TWICE), new DropColumn("user", RANK));
    }
}
