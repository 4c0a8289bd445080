package dev.migrator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.operation.DropTable;
import dev.migrator.operation.Operation;
import dev.migrator.replay.SchemaReplay;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
                "DropColumn", "AlterColumnType", "AlterColumnNullability", "SetNotNull", "AlterColumnIdentity", "AlterColumnDefault", "AlterColumnComment",
                "AlterColumnCheck", "AddPrimaryKey", "DropPrimaryKey", "AddForeignKey", "DropForeignKey",
                "AddUniqueConstraint", "DropUniqueConstraint", "CreateIndex", "DropIndex", "AddCheckConstraint",
                "DropCheckConstraint", "CreateSequence", "DropSequence", "AlterSequence", "CreateSchema", "DropSchema");
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

    /**
     * Physical renames on top of random edits: origins prove them, so nothing that keeps its origin
     * is dropped, and the replayed schema has the new schema's origins as well as its definitions.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void renamesProvedByOriginsKeepEverything(long seed) {
        RandomSchemas random = new RandomSchemas(seed);
        Schema a = random.schema();
        Schema b = random.renamed(random.edit(a));

        List<Operation> ops = SchemaDiffer.diff(a, b);
        Schema applied = SchemaReplay.apply(a, ops);
        assertThat(applied).as("apply(a, diff(a, b))").isEqualTo(b);
        assertThat(origins(applied)).isEqualTo(origins(b));
        assertThat(origins(SchemaReplay.apply(b, SchemaDifferTest.reverse(ops)))).isEqualTo(origins(a));
        Set<String> kept = new TreeSet<>(b.tables().stream().map(Table::origin).filter(java.util.Objects::nonNull).toList());
        ops.stream().filter(op -> op instanceof DropTable).map(op -> ((DropTable) op).table().origin())
                .forEach(origin -> assertThat(kept).as("dropped although still there").doesNotContain(origin));
    }

    @Test
    void randomRenamesAreProved() {
        Set<String> kinds = new TreeSet<>();
        seeds().forEach(seed -> {
            RandomSchemas random = new RandomSchemas(seed);
            Schema a = random.schema();
            SchemaDiffer.diff(a, random.renamed(random.edit(a))).forEach(op -> kinds.add(op.getClass().getSimpleName()));
        });
        assertThat(kinds).contains("RenameTable", "RenameColumn");
    }

    /** Every table's and column's whole origin, by name: what origin-blind equality does not compare. */
    static Map<String, String> origins(Schema schema) {
        Map<String, String> origins = new TreeMap<>();
        for (Table table : schema.tables()) {
            origins.put(table.name(), table.origin());
            table.columns().forEach(c -> origins.put(table.name() + "." + c.name(), table.originOf(c)));
        }
        return origins;
    }
}
