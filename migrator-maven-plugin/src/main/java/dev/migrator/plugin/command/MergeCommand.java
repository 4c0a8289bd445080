package dev.migrator.plugin.command;

import java.util.List;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code mvn migrator:merge}: when two branches each added a migration (the chain has several
 * heads), writes the migration that follows all of them, as Django's {@code makemigrations --merge}
 * and Alembic's {@code merge heads} do. The merge migration itself changes nothing; after it,
 * {@code make} works again and {@code migrate} applies both branches in the chain's defined order:
 * parents before children, migrations that do not depend on each other in the order of the index.
 * With a single head there is nothing to merge: it says so and writes nothing.
 */
public final class MergeCommand {
    private final Console console;

    public MergeCommand(Console console) {
        this.console = console;
    }

    /**
     * Runs merge. {@code request.empty()} is ignored (a merge is always empty); a blank message
     * becomes {@code merge <head> and <head>}. Returns the file written, if any.
     */
    public Optional<Path> execute(MakeRequest request) throws CommandException {
        List<String> heads = heads(request);
        if (heads.size() < 2) {
            console.info(heads.isEmpty()
                    ? "Nothing to merge: there are no migrations yet"
                    : "Nothing to merge: the migrations have one head, " + heads.get(0));
            return Optional.empty();
        }
        console.info("Merging " + heads.size() + " heads " + heads + ". After the merge, migrate applies every "
                + "migration of both branches, parents first and otherwise in the order of the index.");
        String message = request.message() == null || request.message().isBlank()
                ? "merge " + String.join(" and ", heads)
                : request.message();
        MakeRequest merge = new MakeRequest(request.baseDirectory(), request.sourceDirectory(),
                request.resourcesDirectory(), request.outputDirectory(), request.classpath(),
                request.migrationsPackage(), message, true, null, request.dryRun());
        return new MakeCommand(console).execute(merge);
    }

    private List<String> heads(MakeRequest request) throws CommandException {
        try {
            return new Autogenerator(console, Questions.BATCH).plan(request, false).chain().heads();
        } catch (java.io.IOException e) {
            throw new CommandException("merge failed reading the migration index: " + e.getMessage(), e);
        }
    }
}
