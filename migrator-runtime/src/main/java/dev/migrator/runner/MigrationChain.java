package dev.migrator.runner;

import dev.migrator.MigrationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The migrations as a graph of revisions: each follows its {@code parents}. A valid chain has
 * unique ids, known parents, no cycle and exactly one head (the revision nothing follows), so
 * nothing is ever applied in an arbitrary order. {@link #ordered()} is a topological order, ties
 * broken by the index order. Immutable.
 */
public final class MigrationChain {
    private final Map<String, LoadedMigration> byId;
    private final List<LoadedMigration> ordered;

    private MigrationChain(Map<String, LoadedMigration> byId, List<LoadedMigration> ordered) {
        this.byId = byId;
        this.ordered = ordered;
    }

    /** Builds and checks the chain; every problem is a {@link MigrationException} naming the ids and classes. */
    public static MigrationChain of(List<LoadedMigration> migrations) {
        MigrationChain chain = withAnyHeads(migrations);
        chain.requireOneHead();
        return chain;
    }

    /**
     * Builds the graph with every check but the one-head rule, for tools that must see several
     * heads to merge them ({@code make} writing a merge migration); never apply such a chain.
     */
    public static MigrationChain withAnyHeads(List<LoadedMigration> migrations) {
        Map<String, LoadedMigration> byId = new LinkedHashMap<>();
        for (LoadedMigration migration : migrations) {
            LoadedMigration other = byId.putIfAbsent(migration.id(), migration);
            if (other != null) {
                throw new MigrationException("two migrations have the id " + migration.id() + ": "
                        + other.info().className() + " and " + migration.info().className()
                        + "; give one of them a new id (and fix the parents that name it)", migration.id(), null, null);
            }
        }
        for (LoadedMigration migration : migrations) {
            for (String parent : migration.info().parents()) {
                if (!byId.containsKey(parent)) {
                    throw new MigrationException("migration " + migration.id() + " (" + migration.info().className()
                            + ") follows " + parent + ", which no migration in the index has as its id; add that "
                            + "migration to the index or fix the parents of " + migration.id(), migration.id(), null, null);
                }
            }
        }
        return new MigrationChain(byId, topologicalOrder(byId));
    }

    /** All migrations, every one after its parents. */
    public List<LoadedMigration> ordered() {
        return ordered;
    }

    /** Every id of the chain. */
    public Set<String> ids() {
        return Collections.unmodifiableSet(byId.keySet());
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public LoadedMigration get(String id) {
        LoadedMigration migration = byId.get(id);
        if (migration == null) {
            throw new MigrationException("there is no migration " + id + " in the index; known ids: "
                    + (byId.isEmpty() ? "(none)" : String.join(", ", byId.keySet())), id, null, null);
        }
        return migration;
    }

    /** The revisions nothing follows: one for a valid non-empty chain. */
    public List<String> heads() {
        Set<String> parents = new HashSet<>(byId.size() * 2);
        for (LoadedMigration migration : ordered) {
            parents.addAll(migration.info().parents());
        }
        List<String> heads = new ArrayList<>(1);
        for (LoadedMigration migration : ordered) {
            if (!parents.contains(migration.id())) {
                heads.add(migration.id());
            }
        }
        return heads;
    }

    /** {@code id} and every revision it follows, directly or not. */
    public Set<String> ancestry(String id) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(get(id).id()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(byId.get(next).info().parents());
            }
        }
        return seen;
    }

    private void requireOneHead() {
        List<String> heads = heads();
        if (heads.size() > 1) {
            String listed = heads.stream()
                    .map(id -> id + " (" + byId.get(id).info().className() + ")")
                    .collect(Collectors.joining(" and "));
            String parents = heads.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
            throw new MigrationException("the migration chain has " + heads.size() + " heads: " + listed
                    + "; two branches each added a migration. Merge them with a migration that follows both: "
                    + "@Revision(id = \"...\", parents = {" + parents + "}) (mvn migrator:merge "
                    + "writes it), and list it last in the index");
        }
    }

    /** Whether every migration's parents are listed before it. */
    private static boolean parentsComeFirst(List<LoadedMigration> migrations) {
        Set<String> seen = new HashSet<>(migrations.size() * 2);
        for (LoadedMigration migration : migrations) {
            for (String parent : migration.info().parents()) {
                if (!seen.contains(parent)) {
                    return false;
                }
            }
            seen.add(migration.id());
        }
        return true;
    }

    /**
     * Kahn's algorithm over array slots rather than maps of ids (a start-up orders thousands of
     * migrations; ids are hashed once): a migration is ready when its distinct parents are all
     * placed, and the ready one listed first in the index goes first.
     */
    private static List<LoadedMigration> topologicalOrder(Map<String, LoadedMigration> byId) {
        List<LoadedMigration> inIndexOrder = List.copyOf(byId.values());
        if (parentsComeFirst(inIndexOrder)) {
            // The usual index (make appends each migration after its parents): Kahn's algorithm,
            // which takes the ready migration listed first, would give exactly the index order.
            return inIndexOrder;
        }
        LoadedMigration[] migrations = byId.values().toArray(new LoadedMigration[0]);
        Map<String, Integer> slot = new HashMap<>(migrations.length * 2);
        for (int i = 0; i < migrations.length; i++) {
            slot.put(migrations[i].id(), i);
        }
        int[] waitingOn = new int[migrations.length];
        int[] childCount = new int[migrations.length];
        int[][] parentSlots = new int[migrations.length][];
        for (int i = 0; i < migrations.length; i++) {
            List<String> parents = migrations[i].info().parents();
            int[] slots = parents.size() == 1 ? new int[] {slot.get(parents.get(0))}
                    : new LinkedHashSet<>(parents).stream().mapToInt(slot::get).toArray();
            parentSlots[i] = slots;
            waitingOn[i] = slots.length;
            for (int parent : slots) {
                childCount[parent]++;
            }
        }
        int[][] children = new int[migrations.length][];
        for (int i = 0; i < migrations.length; i++) {
            children[i] = new int[childCount[i]];
            childCount[i] = 0;
        }
        for (int i = 0; i < migrations.length; i++) {
            for (int parent : parentSlots[i]) {
                children[parent][childCount[parent]++] = i;
            }
        }
        PriorityQueue<LoadedMigration> ready = new PriorityQueue<>(Comparator.comparingInt(LoadedMigration::position));
        for (int i = 0; i < migrations.length; i++) {
            if (waitingOn[i] == 0) {
                ready.add(migrations[i]);
            }
        }
        List<LoadedMigration> ordered = new ArrayList<>(migrations.length);
        while (!ready.isEmpty()) {
            LoadedMigration next = ready.poll();
            ordered.add(next);
            for (int child : children[slot.get(next.id())]) {
                if (--waitingOn[child] == 0) {
                    ready.add(migrations[child]);
                }
            }
        }
        if (ordered.size() != migrations.length) {
            List<String> inCycle = new ArrayList<>();
            for (int i = 0; i < migrations.length; i++) {
                if (waitingOn[i] > 0) {
                    inCycle.add(migrations[i].id());
                }
            }
            throw new MigrationException("the parents of the migrations " + inCycle + " form a cycle; each "
                    + "migration must follow only older ones");
        }
        return List.copyOf(ordered);
    }
}
