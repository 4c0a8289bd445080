package dev.migrator.plugin.command;

import dev.migrator.OperationRecorder;
import dev.migrator.diff.Diff;
import dev.migrator.diff.RenameCandidate;
import dev.migrator.diff.Renames;
import dev.migrator.diff.Risks;
import dev.migrator.diff.SchemaDiffer;
import dev.migrator.model.Schema;
import dev.migrator.operation.Operation;
import dev.migrator.render.Downgrade;
import dev.migrator.render.MigrationRenderer;
import dev.migrator.render.MigrationSpec;
import dev.migrator.replay.SchemaReplay;
import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotAssembler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * {@code mvn migrator:make}: replays the existing migrations into the previous schema, assembles the
 * current one from the entity snapshots, diffs them and writes one new migration class (plus its
 * index line), or nothing when there is no change. Like Django's makemigrations, it prints one line
 * per change. Files are written atomically: a failure leaves no half-written migration.
 */
public final class MakeCommand {
    private final Console console;
    private final Questions questions;

    /** A make that asks nothing (batch mode). */
    public MakeCommand(Console console) {
        this(console, Questions.BATCH);
    }

    /** A make that asks about rename candidates through {@code questions} (interactive mode). */
    public MakeCommand(Console console, Questions questions) {
        this.console = console;
        this.questions = questions;
    }

    /** Runs make; returns the migration file written (empty: none written, no change or dry run). */
    public Optional<Path> execute(MakeRequest request) throws CommandException {
        requirePackage(request.migrationsPackage());
        Renames renames = renames(request.renames());
        MigrationIndexFile index = new MigrationIndexFile(request.resourcesDirectory());
        try (ProjectClassLoader classes = ProjectClassLoader.over(request.roots())) {
            MigrationChain chain = MigrationChain.of(MigrationLoader.load(classNames(index), classes.loader(),
                    relative(request, index.path())));
            List<String> parents = parents(chain, request.empty());
            Diff diff = request.empty() ? new Diff(List.of(), List.of()) : diff(request, classes, chain, renames);
            if (!request.empty() && diff.isEmpty()) {
                console.info("No changes detected");
                reportCandidates(diff);
                return Optional.empty();
            }
            MigrationNames names = MigrationNames.of(chain.nextNumber(), message(request, chain, diff));
            MigrationSpec spec = new MigrationSpec(request.migrationsPackage(), names.className(), names.id(), parents,
                    request.message() == null ? "" : request.message().strip(), diff.operations(),
                    Downgrade.of(diff.operations()));
            Path file = request.sourceDirectory()
                    .resolve(request.migrationsPackage().replace('.', '/'))
                    .resolve(names.className() + ".java");
            report(request, file, diff);
            if (request.dryRun()) {
                console.info("Dry run: nothing written (migrator.dryRun=true)");
                return Optional.empty();
            }
            write(request, index, file, spec);
            return Optional.of(file);
        } catch (IOException e) {
            throw new CommandException("make failed reading or writing project files: " + e.getMessage(), e);
        }
    }

    private Diff diff(MakeRequest request, ProjectClassLoader classes, MigrationChain chain, Renames renames)
            throws CommandException {
        Schema previous = replay(chain);
        List<EntitySnapshot> snapshots = SnapshotReader.read(request.roots(), classes, console);
        if (snapshots.isEmpty() && !previous.tables().isEmpty()) {
            throw new CommandException("No entity snapshots found in " + request.outputDirectory().resolve(
                    EntitySnapshot.DIRECTORY) + ", but the migrations create tables: make refuses to drop them all. "
                    + "Check that migrator-processor is in the maven-compiler-plugin's annotationProcessorPaths "
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
        List<String> confirmed = new java.util.ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
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

    /** The schema the migrations build, replayed in chain order. */
    private static Schema replay(MigrationChain chain) throws CommandException {
        Schema schema = Schema.EMPTY;
        for (LoadedMigration migration : chain.ordered()) {
            try {
                schema = SchemaReplay.apply(schema, OperationRecorder.upgradeOf(migration.migration()));
            } catch (RuntimeException e) {
                throw new CommandException("Migration " + migration.className() + " (" + migration.id()
                        + ") does not fit the migrations before it: " + e.getMessage()
                        + ". Fix its upgrade() so that it applies to the schema its parents build.", e);
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

    private static List<String> parents(MigrationChain chain, boolean empty) throws CommandException {
        List<String> heads = chain.heads();
        if (heads.size() > 1 && !empty) {
            throw new CommandException("The migrations have " + heads.size() + " heads " + heads
                    + ": two branches each added a migration. Merge them first with "
                    + "mvn migrator:make -Dmigrator.empty=true -Dmigrator.message=merge "
                    + "(it writes a migration that follows all heads), then run make again.");
        }
        return heads;
    }

    private static String message(MakeRequest request, MigrationChain chain, Diff diff) {
        if (request.message() != null && !request.message().isBlank()) {
            return request.message();
        }
        if (request.empty()) {
            return chain.heads().size() > 1 ? "merge" : "empty";
        }
        if (chain.ordered().isEmpty()) {
            return "initial";
        }
        List<String> changes = diff.operations().stream().map(op -> op.accept(ChangeDescriber.INSTANCE).substring(2))
                .toList();
        String headline = changes.stream().filter(MakeCommand::isHeadline).findFirst().orElse(changes.get(0));
        return changes.size() == 1 ? headline : headline + " and more";
    }

    /** Changes that name a migration well: tables and columns, rather than the constraints around them. */
    private static boolean isHeadline(String change) {
        return change.startsWith("Create table") || change.startsWith("Drop table") || change.startsWith("Rename")
                || change.startsWith("Add column") || change.startsWith("Drop column");
    }

    private void report(MakeRequest request, Path file, Diff diff) {
        console.info("Migrations for '" + request.migrationsPackage() + "':");
        console.info("  " + relative(request, file));
        if (diff.operations().isEmpty()) {
            console.info("    (empty: describe the change by hand in upgrade() and downgrade())");
        }
        for (Operation op : diff.operations()) {
            console.info("    " + op.accept(ChangeDescriber.INSTANCE));
        }
        for (Operation op : diff.operations()) {
            Risks.of(op).ifPresent(risk -> console.warn(risk.level() + ": " + risk.text()));
        }
        reportCandidates(diff);
    }

    private void reportCandidates(Diff diff) {
        for (RenameCandidate candidate : diff.renameCandidates()) {
            console.warn(candidate.question() + " It was generated as a drop and an add, which loses the data. "
                    + "If it is a rename, run make again with -Dmigrator.renames=" + candidate.renamesEntry());
        }
    }

    /** Writes both files to temporary files first, then moves the migration, then the index. */
    private void write(MakeRequest request, MigrationIndexFile index, Path file, MigrationSpec spec)
            throws IOException, CommandException {
        if (Files.exists(file)) {
            throw new CommandException(relative(request, file) + " already exists but is not in "
                    + relative(request, index.path()) + ": add it to the index or delete it, then run make again.");
        }
        String className = spec.packageName() + "." + spec.className();
        Path source = AtomicFiles.prepare(file, MigrationRenderer.render(spec));
        Path indexTemp;
        try {
            indexTemp = AtomicFiles.prepare(index.path(), index.withAppended(className));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(source);
            throw e;
        }
        AtomicFiles.commit(source, file);
        AtomicFiles.commit(indexTemp, index.path());
    }

    private static List<String> classNames(MigrationIndexFile index) throws IOException {
        return index.classNames();
    }

    private static Renames renames(String spec) throws CommandException {
        try {
            return Renames.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    private static void requirePackage(String name) throws CommandException {
        if (name == null || name.isBlank() || !SourceVersion.isName(name)) {
            throw new CommandException("migrationsPackage is " + (name == null || name.isBlank() ? "not set" : "\""
                    + name + "\", not a Java package name") + ": set <migrationsPackage>com.example.migrations"
                    + "</migrationsPackage> in the migrator-maven-plugin's <configuration>.");
        }
    }

    private static String relative(MakeRequest request, Path path) {
        Path base = request.baseDirectory().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
