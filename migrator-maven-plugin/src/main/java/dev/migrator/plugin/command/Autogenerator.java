package dev.migrator.plugin.command;

import dev.migrator.MigrationException;
import dev.migrator.diff.Diff;
import dev.migrator.diff.NotNullChange;
import dev.migrator.diff.NotNullDefaults;
import dev.migrator.diff.RenameCandidate;
import dev.migrator.diff.Renames;
import dev.migrator.diff.SchemaDiffer;
import dev.migrator.model.Schema;
import dev.migrator.operation.Operation;
import dev.migrator.operation.SetNotNull;
import dev.migrator.replay.SchemaReplay;
import dev.migrator.runner.LoadedMigration;
import dev.migrator.runner.MigrationChain;
import dev.migrator.runner.MigrationLoader;
import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotAssembler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code make} and {@code check} share: load the migrations the index lists, replay them into
 * the previous schema, assemble the current one from the entity snapshots, and diff (asking about
 * rename candidates when there is someone to ask). The project's class loader is open only while
 * this runs.
 */
final class Autogenerator {
    /** The migrations as a chain, and what changed since they were written. */
    record Plan(MigrationChain chain, Diff diff) {}

    private final Console console;
    private final Questions questions;

    Autogenerator(Console console, Questions questions) {
        this.console = console;
        this.questions = questions;
    }

    /** The chain, and the diff unless {@code diffWanted} is false (an empty migration needs none). */
    Plan plan(MakeRequest request, boolean diffWanted) throws CommandException, IOException {
        Renames renames = renames(request.renames());
        MigrationIndexFile index = new MigrationIndexFile(request.resourcesDirectory());
        try (ProjectClassLoader classes = ProjectClassLoader.over(request.roots())) {
            MigrationChain chain = chain(index, classes, request.relative(index.path()));
            if (diffWanted) {
                requireOneHead(chain);
            }
            Diff diff = diffWanted ? diff(request, classes, chain, renames) : new Diff(List.of(), List.of());
            return new Plan(chain, diff);
        }
    }

    /**
     * The migrations of the source index as a graph that may have several heads ({@code make}
     * writes the merge migration of two); the runtime's loading and chain checks, with their messages.
     */
    private static MigrationChain chain(MigrationIndexFile index, ProjectClassLoader classes, String where)
            throws CommandException, IOException {
        try {
            return MigrationChain.withAnyHeads(MigrationLoader.load(index.entries(), classes.loader(), where));
        } catch (MigrationException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    private Diff diff(MakeRequest request, ProjectClassLoader classes, MigrationChain chain, Renames renames)
            throws CommandException {
        Schema previous = replay(chain);
        List<EntitySnapshot> snapshots = SnapshotReader.read(request.roots(), classes, console);
        if (snapshots.isEmpty() && !previous.tables().isEmpty()) {
            throw new CommandException("No entity snapshots found in " + request.relative(request.outputDirectory()
                    .resolve(EntitySnapshot.DIRECTORY)) + ", but the migrations create tables: refusing to drop them "
                    + "all. Check that migrator-processor is in the maven-compiler-plugin's annotationProcessorPaths "
                    + "and that the entities compile.");
        }
        Schema current = assemble(snapshots);
        NotNullDefaults defaults = defaults(request.defaults());
        try {
            Diff diff = SchemaDiffer.diff(previous, current, renames, defaults);
            List<String> confirmed = confirmedRenames(diff);
            if (!confirmed.isEmpty()) {
                String given = request.renames() == null || request.renames().isBlank() ? "" : request.renames() + ",";
                renames = Renames.parse(given + String.join(",", confirmed));
                diff = SchemaDiffer.diff(previous, current, renames, defaults);
            }
            warnUnused(defaults, diff);
            NotNullDefaults answered = oneOffValues(diff, defaults);
            return answered == defaults ? diff : SchemaDiffer.diff(previous, current, renames, answered);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage() + ". Fix -Dmigrator.renames or -D" + NotNullDefaults.PROPERTY
                    + ".", e);
        }
    }

    /**
     * {@code given} plus the one-off values the user types for the columns becoming NOT NULL, as
     * Django asks ({@code given} itself when nothing was typed). Nobody to ask (batch mode): none;
     * {@code make} then fails for an added column and warns for a narrowed one.
     */
    private NotNullDefaults oneOffValues(Diff diff, NotNullDefaults given) {
        NotNullDefaults values = given;
        for (NotNullChange change : diff.unfilled()) {
            String value = questions.answer(change.question());
            if (!value.isEmpty()) {
                values = values.with(change.table(), change.column(), value);
            }
        }
        return values;
    }

    /** An entry that matches no column becoming NOT NULL is most likely a typo: say so rather than ignore it. */
    private void warnUnused(NotNullDefaults defaults, Diff diff) {
        Set<String> used = new HashSet<>(diff.downgradeFills().keySet());
        for (Operation op : diff.operations()) {
            if (op instanceof SetNotNull fill) { // the one kind that uses a value: no visitor needed
                used.add(fill.table() + "." + fill.column());
            }
        }
        defaults.keys().stream().filter(key -> !used.contains(key)).forEach(key -> console.warn(NotNullDefaults.PROPERTY
                + " gives a value for " + key + ", but no column of that name becomes NOT NULL without a default:"
                + " ignored"));
    }

    /**
     * The {@code migrator.renames} entries of the candidates the user confirms, as Django asks. A
     * candidate whose old or new name an earlier answer already took is not asked.
     */
    private List<String> confirmedRenames(Diff diff) {
        List<String> confirmed = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (RenameCandidate candidate : diff.renameCandidates()) {
            String from = candidate.table() + "." + candidate.from();
            String to = candidate.table() + "=" + candidate.to();
            if (!taken.contains(from) && !taken.contains(to) && questions.confirm(candidate.question() + " [y/N]")) {
                confirmed.add(candidate.renamesEntry());
                taken.add(from);
                taken.add(to);
            }
        }
        return confirmed;
    }

    /**
     * Two heads cannot be diffed against: the branches' order is undefined (and they may well both
     * change the same table), so they must be merged first.
     */
    static void requireOneHead(MigrationChain chain) throws CommandException {
        List<String> heads = chain.heads();
        if (heads.size() > 1) {
            throw new CommandException("The migrations have " + heads.size() + " heads " + heads
                    + ": two branches each added a migration. Merge them first with "
                    + "mvn migrator:merge (it writes a migration that follows all heads), then run make again.");
        }
    }

    /** The schema the migrations build, replayed in chain order, operation by operation. */
    private static Schema replay(MigrationChain chain) throws CommandException {
        Schema schema = Schema.EMPTY;
        for (LoadedMigration migration : chain.ordered()) {
            List<Operation> upgrade;
            try {
                upgrade = migration.upgrade();
            } catch (MigrationException e) {
                throw new CommandException(e.getMessage(), e);
            }
            for (Operation op : upgrade) {
                try {
                    schema = SchemaReplay.apply(schema, op);
                } catch (RuntimeException e) {
                    String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                    throw new CommandException("Migration " + migration.info().className() + " (" + migration.id()
                            + ") does not fit the migrations before it: \"" + op.accept(ChangeDescriber.INSTANCE)
                            .substring(2) + "\" fails: " + why
                            + ". Fix its upgrade() so that it applies to the schema its parents build.", e);
                }
            }
        }
        return schema;
    }

    static Schema assemble(List<EntitySnapshot> snapshots) throws CommandException {
        try {
            return SnapshotAssembler.assemble(snapshots);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new CommandException("The entity snapshots do not fit together: " + e.getMessage(), e);
        }
    }

    private static NotNullDefaults defaults(String spec) throws CommandException {
        try {
            return NotNullDefaults.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    private static Renames renames(String spec) throws CommandException {
        try {
            return Renames.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
