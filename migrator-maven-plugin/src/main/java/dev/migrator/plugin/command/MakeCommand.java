package dev.migrator.plugin.command;

import dev.migrator.diff.Diff;
import dev.migrator.diff.NotNullChange;
import dev.migrator.diff.NotNullDefaults;
import dev.migrator.diff.RenameCandidate;
import dev.migrator.diff.Risks;
import dev.migrator.operation.Operation;
import dev.migrator.render.Downgrade;
import dev.migrator.render.MigrationRenderer;
import dev.migrator.render.MigrationSpec;
import dev.migrator.runner.MigrationChain;
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
        try {
            Autogenerator.Plan plan = new Autogenerator(console, questions).plan(request, !request.empty());
            Diff diff = plan.diff();
            requireFillsForAddedColumns(diff);
            if (!request.empty() && diff.isEmpty()) {
                console.info("No changes detected");
                reportCandidates(diff);
                return Optional.empty();
            }
            String message = message(request, plan.chain(), diff);
            MigrationNames names = MigrationNames.of(MigrationNames.nextNumber(plan.chain()), message);
            // Parents are the heads: one, or several for an empty (merge) migration, which the plan allowed.
            MigrationSpec spec = new MigrationSpec(request.migrationsPackage(), names.className(), names.id(),
                    plan.chain().heads(), message, diff.operations(), Downgrade.of(diff.operations(), diff.downgradeFills()));
            Path file = request.sourceDirectory()
                    .resolve(request.migrationsPackage().replace('.', '/'))
                    .resolve(names.className() + ".java");
            report(request, file, diff);
            if (request.dryRun()) {
                console.info("Dry run: nothing written (migrator.dryRun=true)");
                return Optional.empty();
            }
            write(request, new MigrationIndexFile(request.resourcesDirectory()), file, spec);
            return Optional.of(file);
        } catch (IOException e) {
            throw new CommandException("make failed reading or writing project files: " + e.getMessage(), e);
        }
    }

    /** The user's message, else one derived from the changes (Django's automatic names). */
    private static String message(MakeRequest request, MigrationChain chain, Diff diff) {
        if (request.message() != null && !request.message().isBlank()) {
            return request.message().strip();
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
        console.info("  " + request.relative(file));
        if (diff.operations().isEmpty()) {
            console.info("    (empty: describe the change by hand in upgrade() and downgrade())");
        }
        for (Operation op : diff.operations()) {
            String origin = diff.renameOrigins().get(op);
            // A rename proved by source identity says which entity or attribute proves it; nothing was asked.
            console.info("    " + op.accept(ChangeDescriber.INSTANCE)
                    + (origin == null ? "" : " (" + ChangeDescriber.shortOrigin(origin) + ")"));
        }
        Risks risks = Risks.in(diff.operations());
        for (Operation op : diff.operations()) {
            risks.risk(op).ifPresent(risk -> console.warn(risk.level() + ": " + risk.text()));
        }
        for (NotNullChange change : diff.unfilled()) {
            console.warn(change.warning());
        }
        reportCandidates(diff);
    }

    /**
     * Never writes a migration that fails on a table with rows: an added NOT NULL column needs a
     * value for them (Django's makemigrations refuses the same way in non-interactive mode).
     */
    private static void requireFillsForAddedColumns(Diff diff) throws CommandException {
        List<NotNullChange> missing = diff.unfilled().stream().filter(NotNullChange::adding).toList();
        if (missing.isEmpty()) {
            return;
        }
        String columns = missing.stream().map(c -> "column " + c.column() + " of table " + c.table())
                .collect(java.util.stream.Collectors.joining(", "));
        String example = missing.stream().map(c -> c.key() + "=<SQL expression>")
                .collect(java.util.stream.Collectors.joining(","));
        throw new CommandException("Cannot add NOT NULL " + columns + " without a value for the existing rows: the"
                + " migration would fail on a table that has rows. Give a one-off SQL value with -D"
                + NotNullDefaults.PROPERTY + "=" + example + " (e.g. 'unknown' as a quoted literal, 0,"
                + " current_timestamp; in interactive mode make asks for it), or give the column a default"
                + " (@ColumnDefault), or make it nullable. Nothing was written.");
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
            throw new CommandException(request.relative(file) + " already exists but is not in "
                    + request.relative(index.path()) + ": add it to the index or delete it, then run make again.");
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

    private static void requirePackage(String name) throws CommandException {
        if (name == null || name.isBlank() || !SourceVersion.isName(name)) {
            throw new CommandException("migrationsPackage is " + (name == null || name.isBlank() ? "not set" : "\""
                    + name + "\", not a Java package name") + ": set <migrationsPackage>com.example.migrations"
                    + "</migrationsPackage> in the migrator-maven-plugin's <configuration>.");
        }
    }
}
