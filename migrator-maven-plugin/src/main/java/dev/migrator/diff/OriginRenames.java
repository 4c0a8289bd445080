package dev.migrator.diff;

import dev.migrator.model.Column;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.operation.Operation;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import dev.migrator.replay.SchemaReplay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.BiPredicate;

/**
 * The renames that source identity proves (DESIGN.md §4, as EF Core does): a table or column whose
 * origin (entity class, attribute path) is on both sides under another physical name was renamed,
 * by {@code @Table(name)} or {@code @Column(name)}. Nothing is guessed: an origin that is unknown
 * on either side, or that two tables (two columns of a table) claim, proves nothing and is left to
 * {@link RenameDetector}'s questions. Columns are matched inside tables that are the same after the
 * table renames.
 *
 * <p>A rename is taken only when its new name is free; renames that free each other's names in a
 * chain ({@code a -> b}, {@code b -> c}) are ordered so that each applies, a swap is left alone.
 */
final class OriginRenames {
    private OriginRenames() {}

    /** The rename operations (table renames first, then column renames table by table), each with the origin that proves it. */
    static Map<Operation, String> operations(Schema before, Schema after) {
        Map<Operation, String> renames = new LinkedHashMap<>();
        Map<String, Pair<Table>> tables = pairs(before.tables(), Table::origin, after.tables(), Table::origin);
        Schema current = ordered(tables, Table::name, before, (schema, pair) -> schema.table(pair.to().name()).isEmpty(),
                pair -> new RenameTable(pair.from().name(), pair.to().name()), renames);
        for (Table table : current.tables()) {
            Table next = after.table(table.name()).orElse(null);
            if (next != null) {
                Map<String, Pair<Column>> columns = pairs(table.columns(), table::originOf, next.columns(), next::originOf);
                ordered(columns, Column::name, current,
                        (schema, pair) -> schema.requireTable(next.name()).column(pair.to().name()).isEmpty(),
                        pair -> new RenameColumn(next.name(), pair.from().name(), pair.to().name()), renames);
            }
        }
        return renames;
    }

    /** What one origin names on both sides. */
    private record Pair<T>(T from, T to) {}

    /** Items of both sides that share an origin no other item on either side has, by origin. */
    private static <T> Map<String, Pair<T>> pairs(
            List<T> before, Function<T, String> beforeOrigin, List<T> after, Function<T, String> afterOrigin) {
        Map<String, List<T>> old = byOrigin(before, beforeOrigin);
        Map<String, List<T>> now = byOrigin(after, afterOrigin);
        Map<String, Pair<T>> pairs = new TreeMap<>();
        old.forEach((origin, items) -> {
            List<T> matches = now.getOrDefault(origin, List.of());
            if (items.size() == 1 && matches.size() == 1) {
                pairs.put(origin, new Pair<>(items.get(0), matches.get(0)));
            }
        });
        return pairs;
    }

    private static <T> Map<String, List<T>> byOrigin(List<T> items, Function<T, String> origin) {
        Map<String, List<T>> byOrigin = new TreeMap<>();
        for (T item : items) {
            String key = origin.apply(item);
            if (key != null) {
                byOrigin.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
            }
        }
        return byOrigin;
    }

    /**
     * Adds to {@code renames} the pairs whose names differ, in origin order, each one once its new
     * name is {@code free} in the schema the earlier ones leave (what never becomes free is left
     * out); returns that schema.
     */
    private static <T> Schema ordered(Map<String, Pair<T>> pairs, Function<T, String> name, Schema start,
            BiPredicate<Schema, Pair<T>> free, Function<Pair<T>, Operation> rename,
            Map<Operation, String> renames) {
        Map<String, Pair<T>> pending = new TreeMap<>(pairs);
        pending.values().removeIf(pair -> name.apply(pair.from()).equals(name.apply(pair.to())));
        Schema current = start;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Pair<T>> entry = it.next();
                if (free.test(current, entry.getValue())) {
                    Operation op = rename.apply(entry.getValue());
                    renames.put(op, entry.getKey());
                    current = SchemaReplay.apply(current, op);
                    it.remove();
                    progress = true;
                }
            }
        }
        return current;
    }
}
