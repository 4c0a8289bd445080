package dev.migrator.plugin.command;

import dev.migrator.MigrationException;
import dev.migrator.diff.Diff;
import dev.migrator.diff.RenameCandidate;
import dev.migrator.diff.Renames;
import dev.migrator.diff.SchemaDiffer;
import dev.migrator.model.Schema;
import dev.migrator.operation.Operation;
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
        try {
            Diff diff = SchemaDiffer.diff(previous, current, renames);
            List<String> confirmed = confirmedRenames(diff);
            if (confirmed.isEmpty()) {
                return diff;
            }
            String given = request.renames() == null || request.renames().isBlank() ? "" : request.renames() + ",";
            return SchemaDiffer.diff(previous, current, Renames.parse(given + String.join(",", confirmed)));
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage() + ". Fix -Dmigrator.renames.", e);
        }
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
                    + "mvn migrator:make -Dmigrator.empty=true -Dmigrator.message=merge "
                    + "(it writes a migration that follows all heads), then run make again.");
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

    private static Schema assemble(List<EntitySnapshot> snapshots) throws CommandException {
        try {
            return SnapshotAssembler.assemble(snapshots);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new CommandException("The entity snapshots do not fit together: " + e.getMessage(), e);
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
