package dev.migrator.plugin.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The graph of migrations that their {@code @Revision} parents define: checked (unique ids, known
 * parents, no cycles) and put in an order that applies (every migration after its parents, ties in
 * index order). Heads are the migrations no other one follows; a normal chain has one.
 */
final class MigrationChain {
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)_");

    private final List<LoadedMigration> ordered;
    private final List<String> heads;

    private MigrationChain(List<LoadedMigration> ordered, List<String> heads) {
        this.ordered = List.copyOf(ordered);
        this.heads = List.copyOf(heads);
    }

    static MigrationChain of(List<LoadedMigration> migrations) throws CommandException {
        Map<String, LoadedMigration> byId = new LinkedHashMap<>();
        for (LoadedMigration m : migrations) {
            LoadedMigration clash = byId.put(m.id(), m);
            if (clash != null) {
                throw new CommandException("Migrations " + clash.className() + " and " + m.className()
                        + " have the same id " + m.id() + ": give one of them a new id.");
            }
        }
        Set<String> followed = new TreeSet<>();
        for (LoadedMigration m : migrations) {
            for (String parent : m.parents()) {
                if (!byId.containsKey(parent)) {
                    throw new CommandException("Migration " + m.className() + " follows " + parent
                            + ", which no migration in the index has as its id: fix its @Revision parents.");
                }
                followed.add(parent);
            }
        }
        List<String> heads = migrations.stream().map(LoadedMigration::id).filter(id -> !followed.contains(id)).toList();
        return new MigrationChain(order(migrations, byId), heads);
    }

    /** Every migration after its parents; among those ready at once, the earlier index line first. */
    private static List<LoadedMigration> order(List<LoadedMigration> migrations, Map<String, LoadedMigration> byId)
            throws CommandException {
        List<LoadedMigration> ordered = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        while (ordered.size() < migrations.size()) {
            LoadedMigration next = migrations.stream()
                    .filter(m -> !done.contains(m.id()) && done.containsAll(m.parents()))
                    .findFirst()
                    .orElse(null);
            if (next == null) {
                throw new CommandException("The migrations' @Revision parents form a cycle: "
                        + migrations.stream().filter(m -> !done.contains(m.id())).map(LoadedMigration::id).toList());
            }
            ordered.add(next);
            done.add(next.id());
        }
        return ordered;
    }

    List<LoadedMigration> ordered() {
        return ordered;
    }

    List<String> heads() {
        return heads;
    }

    /** The one more than the highest number any id starts with: the next migration's number. */
    int nextNumber() {
        int max = 0;
        for (LoadedMigration m : ordered) {
            Matcher number = NUMBER.matcher(m.id());
            if (number.find()) {
                max = Math.max(max, Integer.parseInt(number.group(1)));
            }
        }
        return max + 1;
    }
}
