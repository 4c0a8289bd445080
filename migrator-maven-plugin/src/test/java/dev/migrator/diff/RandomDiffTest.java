package dev.migrator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Schema;
import dev.migrator.operation.Operation;
import dev.migrator.replay.SchemaReplay;
import java.util.List;
import java.util.stream.LongStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The differ's invariants over seeded random schemas and edits (a failing seed reproduces exactly). */
class RandomDiffTest {

    static LongStream seeds() {
        return LongStream.range(0, 500);
    }

    /** Guards the generator: the seeds must exercise every kind of operation the differ emits without renames. */
    @Test
    void seedsCoverEveryOperationKind() {
        Set<String> kinds = new TreeSet<>();
        seeds().forEach(seed -> {
            RandomSchemas random = new RandomSchemas(seed);
            Schema a = random.schema();
            SchemaDiffer.diff(a, random.edit(a)).forEach(op -> kinds.add(op.getClass().getSimpleName()));
        });
        assertThat(kinds).containsExactlyInAnyOrder("CreateTable", "DropTable", "SetTableComment", "AddColumn",
                "DropColumn", "AlterColumnType", "AlterColumnNullability", "SetNotNull", "AlterColumnDefault", "AlterColumnComment",
                "AlterColumnCheck", "AddPrimaryKey", "DropPrimaryKey", "AddForeignKey", "DropForeignKey",
                "AddUniqueConstraint", "DropUniqueConstraint", "CreateIndex", "DropIndex", "AddCheckConstraint",
                "DropCheckConstraint", "CreateSequence", "DropSequence", "AlterSequence");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void invariantsHold(long seed) {
        RandomSchemas random = new RandomSchemas(seed);
        Schema a = random.schema();
        Schema b = random.edit(a);

        assertThat(SchemaDiffer.diff(a, a)).isEmpty();
        List<Operation> ops = SchemaDiffer.diff(a, b);
        assertThat(SchemaReplay.apply(a, ops)).as("apply(a, diff(a, b))").isEqualTo(b);
        assertThat(SchemaReplay.apply(b, SchemaDifferTest.reverse(ops))).as("reverse").isEqualTo(a);
        assertThat(SchemaReplay.apply(Schema.EMPTY, SchemaDiffer.diff(Schema.EMPTY, b))).isEqualTo(b);
        assertThat(SchemaReplay.apply(b, SchemaDiffer.diff(b, Schema.EMPTY))).isEqualTo(Schema.EMPTY);
    }
}
