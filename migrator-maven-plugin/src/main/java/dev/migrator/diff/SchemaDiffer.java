package dev.migrator.diff;

import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import dev.migrator.operation.AlterSequence;
import dev.migrator.operation.CreateSequence;
import dev.migrator.operation.DropSequence;
import dev.migrator.operation.Operation;
import dev.migrator.operation.SetNotNull;
import dev.migrator.replay.SchemaReplay;
import java.util.List;
import java.util.Map;

/**
 * Compares two schema models: a pure function from (before, after) to the operations that turn one
 * into the other. No database, no clock, no I/O.
 *
 * <p>Guarantees, tested over many scenarios: {@code diff(a, a)} is empty; replaying
 * {@code diff(a, b)} on {@code a} gives {@code b}; replaying the reverses of those operations in
 * reverse order on {@code b} gives {@code a}. Operations run in {@link Phase} order, and within a
 * phase in table, then constraint name order, so the same input always gives the same list.
 *
 * <p>Renames are never guessed: those given in {@link Renames} and those that source identity
 * proves (the same entity or attribute under another physical name: {@link OriginRenames}) become
 * rename operations, followed by whatever else changed about the renamed table or column (its
 * type, its constraints and indexes, whose hashed names follow the new names); any other drop+add
 * pair that looks like a rename is returned as a {@link RenameCandidate}.
 */
public final class SchemaDiffer {
    private SchemaDiffer() {}

    /** The operations from {@code before} to {@code after}, with no renames. */
    public static List<Operation> diff(Schema before, Schema after) {
        return diff(before, after, Renames.NONE).operations();
    }

    /**
     * The operations from {@code before} to {@code after}, taking the declared renames.
     *
     * @throws IllegalArgumentException when a declared rename does not fit the two schemas
     */
    public static Diff diff(Schema before, Schema after, Renames renames) {
        return diff(before, after, renames, NotNullDefaults.NONE);
    }

    /**
     * The operations from {@code before} to {@code after}, taking the declared renames and the
     * one-off values for columns that become NOT NULL: such a column is added nullable, then
     * {@link SetNotNull} fills its rows and makes it NOT NULL; a column made NOT NULL that has a
     * default gets its NULL rows filled with that default (as Django does). A NOT NULL change
     * with neither is returned in {@link Diff#unfilled()}. A dropped NOT NULL column without
     * default takes its value from {@code fills} too, for the downgrade that re-adds it
     * ({@link Diff#downgradeFills()}).
     *
     * @throws IllegalArgumentException when a declared rename does not fit the two schemas
     */
    public static Diff diff(Schema before, Schema after, Renames renames, NotNullDefaults fills) {
        Phases out = new Phases();
        NotNullFills notNull = new NotNullFills(fills);
        List<Operation> declared = RenameApplier.operations(before, after, renames);
        out.addAll(Phase.RENAMES, declared);
        Schema renamed = SchemaReplay.apply(before, declared);
        // What the user declared comes first; origins then prove the renames that are left.
        Map<Operation, String> proved = OriginRenames.operations(renamed, after);
        out.addAll(Phase.RENAMES, List.copyOf(proved.keySet()));
        renamed = SchemaReplay.apply(renamed, List.copyOf(proved.keySet()));
        tables(renamed, after, out, notNull);
        DependentForeignKeys.add(renamed, after, out);
        sequences(renamed, after, out);
        Namespaces.diff(before, after, out);
        return new Diff(out.operations(), RenameDetector.candidates(renamed, after), notNull.unfilled(), proved,
                notNull.downgradeFills());
    }

    private static void tables(Schema before, Schema after, Phases out, NotNullFills notNull) {
        for (Table table : before.tables()) {
            // An origin-only change (an entity moved, or migrations written before origins) is no
            // operation: the table keeps the origin the migrations gave it, and columns added to it
            // name their origin in full where it is not an attribute of that entity.
            after.table(table.name()).ifPresentOrElse(
                    next -> TableDiffer.changed(table, next.origin(table.origin()), out, notNull),
                    () -> TableDiffer.dropped(table, out));
        }
        for (Table table : after.tables()) {
            if (before.table(table.name()).isEmpty()) {
                TableDiffer.created(table, out);
            }
        }
    }

    private static void sequences(Schema before, Schema after, Phases out) {
        for (Sequence sequence : before.sequences()) {
            after.sequence(sequence.name()).ifPresentOrElse(
                    next -> {
                        if (!next.equals(sequence)) {
                            out.add(Phase.CREATE_SEQUENCES, new AlterSequence(sequence, next));
                        }
                    },
                    () -> out.add(Phase.DROP_SEQUENCES, new DropSequence(sequence)));
        }
        for (Sequence sequence : after.sequences()) {
            if (before.sequence(sequence.name()).isEmpty()) {
                out.add(Phase.CREATE_SEQUENCES, new CreateSequence(sequence));
            }
        }
    }
}
