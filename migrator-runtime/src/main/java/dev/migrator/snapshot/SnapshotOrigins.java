package dev.migrator.snapshot;

import dev.migrator.model.Column;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Puts the fragments' {@link EntitySnapshot#origins()} on the assembled schema's tables and columns,
 * keeping only origins that identify one thing: an origin two tables claim (an entity's primary and
 * secondary tables), one two columns of a table claim (the two foreign-key columns of a join table,
 * the parts of a composite key) or a physical name two fragments give different origins is left
 * unknown ({@code null}). An unknown origin only means that a change of that name is not recognised
 * as a rename by itself; a wrong one would rename the wrong thing.
 */
final class SnapshotOrigins {
    private SnapshotOrigins() {}

    /**
     * {@code overruled} holds the {@link #claim}s to ignore: those of a fragment whose definition of a
     * column lost to another fragment's mapping bound earlier (its origin names the mapping Hibernate
     * dropped).
     */
    static Schema attach(Schema schema, List<EntitySnapshot> fragments, Set<String> overruled) {
        Map<String, Set<String>> claims = claims(fragments, overruled);
        Set<String> tableOrigins = new HashSet<>();
        Set<String> ambiguousTableOrigins = new HashSet<>();
        for (Table table : schema.tables()) {
            String origin = single(claims.get(table.name()));
            if (origin != null && !tableOrigins.add(origin)) {
                ambiguousTableOrigins.add(origin);
            }
        }
        List<Table> tables = new ArrayList<>();
        for (Table table : schema.tables()) {
            String origin = single(claims.get(table.name()));
            tables.add(withColumnOrigins(table, claims).origin(ambiguousTableOrigins.contains(origin) ? null : origin));
        }
        return new Schema(tables, schema.sequences());
    }

    private static Table withColumnOrigins(Table table, Map<String, Set<String>> claims) {
        Map<String, String> byColumn = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Column column : table.columns()) {
            String origin = single(claims.get(table.name() + "." + column.name()));
            if (origin != null) {
                byColumn.put(column.name(), origin);
                uses.merge(origin, 1, Integer::sum);
            }
        }
        return table.withColumns(table.columns().stream()
                .map(c -> {
                    String origin = byColumn.get(c.name());
                    return origin != null && uses.get(origin) == 1 ? c.origin(origin) : c;
                })
                .toList());
    }

    /** Every origin each {@code "table"} / {@code "table.column"} key is given, over all fragments. */
    private static Map<String, Set<String>> claims(List<EntitySnapshot> fragments, Set<String> overruled) {
        Map<String, Set<String>> claims = new HashMap<>();
        for (EntitySnapshot fragment : fragments) {
            fragment.origins().forEach((key, origin) -> {
                if (!overruled.contains(claim(fragment.entityClass(), key))) {
                    claims.computeIfAbsent(key, k -> new TreeSet<>()).add(origin);
                }
            });
        }
        return claims;
    }

    /** Identifies one fragment's origin of one {@code "table.column"} key. */
    static String claim(String entityClass, String key) {
        return entityClass + " " + key;
    }

    private static String single(Set<String> origins) {
        return origins != null && origins.size() == 1 ? origins.iterator().next() : null;
    }
}
