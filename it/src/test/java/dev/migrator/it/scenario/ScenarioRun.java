package dev.migrator.it.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.diff.Diff;
import dev.migrator.diff.NotNullDefaults;
import dev.migrator.diff.Renames;
import dev.migrator.diff.Risks;
import dev.migrator.diff.SchemaDiffer;
import dev.migrator.it.oracle.Database;
import dev.migrator.it.oracle.GeneratedMigration;
import dev.migrator.it.oracle.HibernateSchemaTool;
import dev.migrator.it.oracle.MigrationApplier;
import dev.migrator.it.oracle.OracleAssertions;
import dev.migrator.it.oracle.SchemaDescription;
import dev.migrator.it.oracle.SchemaIntrospector;
import dev.migrator.it.oracle.TestDatabases;
import dev.migrator.model.Schema;
import dev.migrator.operation.Operation;
import dev.migrator.render.Downgrade;
import dev.migrator.replay.SchemaReplay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One scenario on one database, through the code path {@code make} and {@code migrate} use:
 *
 * <ol>
 *   <li>both versions compiled with the processor; migration 1 = diff(empty, before) and
 *       migration 2 = diff(replay of migration 1, after) with the scenario's renames, each rendered
 *       to Java, compiled and recorded ({@link GeneratedMigration});
 *   <li>migration 2's operations are exactly the expected ones, and its risks are reported;
 *   <li>migration 1 applied gives Hibernate's export of "before"; then every table gets rows;
 *   <li>migration 2 applied gives Hibernate's export of "after", Hibernate's {@code validate}
 *       passes, and every kept column (untouched or renamed) holds its rows;
 *   <li>migration 2's downgrade gives "before" again, with the kept rows; upgrading again gives
 *       "after".
 * </ol>
 */
public final class ScenarioRun {
    private final Scenario scenario;
    private final String kind;

    private ScenarioRun(Scenario scenario, String kind) {
        this.scenario = scenario;
        this.kind = kind;
    }

    /** The two generated migrations of a scenario on one dialect, and what the second one was made from. */
    public record Generated(EntityModel before, EntityModel after, GeneratedMigration first, Schema previous, Diff diff,
            GeneratedMigration second) {}

    public static Generated generate(Scenario scenario, String kind) {
        EntityModel before = ScenarioCompiler.compile(scenario, "before", kind);
        EntityModel after = ScenarioCompiler.compile(scenario, "after", kind);
        List<Operation> initial = SchemaDiffer.diff(Schema.EMPTY, before.schema());
        GeneratedMigration first = GeneratedMigration.of(scenario.name(), 1, initial);
        // make's previous model is the replay of the recorded migrations, not the snapshot itself.
        Schema previous = SchemaReplay.apply(Schema.EMPTY, first.upgrade());
        Diff diff = SchemaDiffer.diff(previous, after.schema(), Renames.parse(scenario.renames()),
                NotNullDefaults.parse(scenario.defaults()));
        GeneratedMigration second = GeneratedMigration.of(scenario.name(), 2, diff.operations(),
                Downgrade.of(diff.operations(), diff.downgradeFills()));
        return new Generated(before, after, first, previous, diff, second);
    }

    public static void run(Scenario scenario, String kind) {
        new ScenarioRun(scenario, kind).run();
    }

    private void run() {
        Generated generated = generate(scenario, kind);
        GeneratedMigration second = generated.second();
        assertThat(second.upgrade()).as("%s: operations recorded from the generated code", scenario)
                .isEqualTo(generated.diff().operations());
        List<String> lines = OperationLines.of(second.upgrade());
        assertThat(lines).as("%s on %s: the operations of the second migration", scenario, kind)
                .containsExactlyElementsOf(scenario.expected(kind));
        assertThat(generated.diff().renameCandidates().stream().map(c -> c.renamesEntry()).toList())
                .as("%s on %s: the rename candidates make reports", scenario, kind)
                .containsExactlyElementsOf(scenario.candidates());
        List<String> risks = second.upgrade().stream()
                .flatMap(op -> Risks.of(op).stream())
                .map(r -> r.level() + ": " + r.text())
                .toList();
        for (String risk : scenario.risks()) {
            assertThat(risks).as("%s: risks make reports", scenario).anySatisfy(r -> assertThat(r).contains(risk));
        }

        Supplier<SchemaDescription> hibernateBefore = memo(() -> hibernate(generated.before(), "before"));
        Supplier<SchemaDescription> hibernateAfter = memo(() -> hibernate(generated.after(), "after"));
        Database ours = TestDatabases.create(kind, "scn_" + scenario.name());
        MigrationApplier.apply(ours, generated.first().upgrade());
        assertSchema("migration 1 (the 'before' entities)", hibernateBefore.get(), ours);

        RowFiller.fill(ours, generated.previous(), scenario.nullRows());
        Survivors survivors = Survivors.of(generated.previous(), generated.after().schema(), lines);
        Map<Survivors.Kept, List<String>> rows = new LinkedHashMap<>();
        survivors.tables().forEach(k -> rows.put(k, RowData.read(ours, k.oldTable(), k.oldColumns())));
        rows.forEach((kept, values) -> assertThat(values).as("%s on %s: rows put into %s", scenario, kind, kept.oldTable())
                .hasSize(RowFiller.ROWS));

        apply(ours, second.upgrade(), "upgrade");
        assertSchema("upgrade of migration 2 (the 'after' entities)", hibernateAfter.get(), ours);
        withLoader(generated.after(), () -> HibernateSchemaTool.validate(ours, generated.after().hibernateEntities(),
                generated.after().naming()));
        rows.forEach((kept, values) -> assertThat(RowData.read(ours, kept.newTable(), kept.newColumns()))
                .as("%s on %s: rows of %s%s kept as %s%s after the upgrade", scenario, kind, kept.oldTable(),
                        kept.oldColumns(), kept.newTable(), kept.newColumns())
                .isEqualTo(values));

        apply(ours, second.downgrade(), "downgrade");
        assertSchema("downgrade of migration 2 (the 'before' entities again)", hibernateBefore.get(), ours);
        rows.forEach((kept, values) -> assertThat(RowData.read(ours, kept.oldTable(), kept.oldColumns()))
                .as("%s on %s: rows of %s%s after the downgrade", scenario, kind, kept.oldTable(), kept.oldColumns())
                .isEqualTo(values));

        apply(ours, second.upgrade(), "second upgrade");
        assertSchema("upgrade of migration 2 again", hibernateAfter.get(), ours);
    }

    private void apply(Database database, List<Operation> operations, String what) {
        try {
            MigrationApplier.apply(database, operations);
        } catch (AssertionError e) {
            throw new AssertionError(scenario + " on " + kind + ": the " + what + " of migration 2 fails on a "
                    + "database with rows: " + e.getMessage(), e);
        }
    }

    private void assertSchema(String step, SchemaDescription expected, Database ours) {
        OracleAssertions.assertSameSchema(scenario + " on " + kind + ", " + step, expected,
                SchemaIntrospector.describe(ours));
    }

    private SchemaDescription hibernate(EntityModel model, String version) {
        Database database = TestDatabases.create(kind, "hib_" + scenario.name() + "_" + version);
        withLoader(model, () -> HibernateSchemaTool.export(database, model.hibernateEntities(), model.naming()));
        return SchemaIntrospector.describe(database);
    }

    /** Hibernate resolves some classes by name through the context class loader: the scenario's own. */
    private static void withLoader(EntityModel model, Runnable action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(model.loader());
        try {
            action.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        List<T> value = new ArrayList<>(1);
        return () -> {
            if (value.isEmpty()) {
                value.add(supplier.get());
            }
            return value.get(0);
        };
    }
}
