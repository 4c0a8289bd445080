package dev.migrator.processor;

import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.snapshot.EntitySnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the columns that two entities of one inheritance hierarchy define differently where
 * Hibernate's result depends on the order it registers the entities in: two sibling single-table
 * subclasses that map one column of their shared table each with its own length, type, nullability
 * or {@code unique}. Entities of different hierarchies are not compared: one compilation may hold
 * several persistence units whose tables merely share a name.
 *
 * <p>The rule is the one {@code SnapshotAssembler} applies to fragments at {@code make} time, so that
 * the processor reports it on the element instead: {@code org.hibernate.mapping.Table#addColumn}
 * keeps the column object bound first; a definition bound in an earlier phase (basic attributes,
 * then to-one join columns, then collection keys) wins deterministically, but within one phase
 * Hibernate binds entities in registration order, which the annotations do not determine. A
 * column's single-column {@code unique} is a flag of its column object (see
 * {@link TableBuilder#uniqueColumn}), so it must agree too. Equal definitions are fine, and so is
 * the discriminator column, whose value list each subclass fragment writes with its own values.
 * Entities are compared in class-name order; the later one is the one reported.
 */
final class ColumnConflicts {
    /** One column two entities define differently: where it is and both sides' sources and definitions. */
    record Conflict(String table, String column, Side first, Side second) {}

    /** One entity's definition of a column: its class, its attribute path (empty if unknown), a description. */
    record Side(String entityClass, String attribute, String definition) {}

    private record Definition(String entityClass, int phase, Column column, boolean unique, String attribute) {}

    private static final String DISCRIMINATOR = "#(discriminator)";

    private ColumnConflicts() {}

    /**
     * The conflicts between {@code fragments} of the same hierarchy ({@code hierarchy}: entity class to
     * the class of its hierarchy's root), in class-name order of the entity reported.
     */
    static List<Conflict> find(List<EntitySnapshot> fragments, java.util.function.Function<String, String> hierarchy) {
        List<EntitySnapshot> ordered = new ArrayList<>(fragments);
        ordered.sort(Comparator.comparing(EntitySnapshot::entityClass));
        Map<String, Definition> seen = new HashMap<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (EntitySnapshot fragment : ordered) {
            for (Table table : fragment.schema().tables()) {
                for (Column column : table.columns()) {
                    String key = table.name() + "." + column.name();
                    String origin = fragment.origins().getOrDefault(key, "");
                    String family = hierarchy.apply(fragment.entityClass()) + " " + key;
                    if (origin.endsWith(DISCRIMINATOR)) {
                        continue;
                    }
                    Definition definition = new Definition(fragment.entityClass(), phase(fragment, key), column,
                            isUnique(table, column), attribute(origin));
                    Definition earlier = seen.putIfAbsent(family, definition);
                    if (earlier != null && conflicting(earlier, definition)) {
                        conflicts.add(new Conflict(table.name(), column.name(), side(earlier), side(definition)));
                    }
                }
            }
        }
        return conflicts;
    }

    private static boolean conflicting(Definition earlier, Definition later) {
        return !earlier.entityClass().equals(later.entityClass()) && earlier.phase() == later.phase()
                && (!earlier.column().equals(later.column()) || earlier.unique() != later.unique());
    }

    private static int phase(EntitySnapshot fragment, String key) {
        String phase = fragment.bindings().get(key);
        return phase == null ? 0 : EntitySnapshot.PHASES.indexOf(phase) + 1;
    }

    private static boolean isUnique(Table table, Column column) {
        return table.uniqueConstraints().contains(new UniqueConstraint(null, List.of(column.name())));
    }

    /** The attribute path of an origin {@code "com.x.Sub#amount"}, or empty. */
    private static String attribute(String origin) {
        int hash = origin.indexOf('#');
        return hash < 0 ? "" : origin.substring(hash + 1);
    }

    private static Side side(Definition definition) {
        return new Side(definition.entityClass(), definition.attribute(),
                describe(definition.column(), definition.unique()));
    }

    /** A short SQL-like description: {@code varchar(3) not null unique}. */
    static String describe(Column column, boolean unique) {
        StringBuilder out = new StringBuilder(type(column.type()));
        if (!column.nullable()) {
            out.append(" not null");
        }
        if (unique) {
            out.append(" unique");
        }
        if (column.defaultValue() != null) {
            out.append(" default ").append(column.defaultValue());
        }
        if (column.check() != null) {
            out.append(" check (").append(column.check()).append(')');
        }
        if (column.comment() != null) {
            out.append(" comment '").append(column.comment()).append('\'');
        }
        return out.toString();
    }

    private static String type(ColumnType type) {
        if (type.definition() != null) {
            return type.definition();
        }
        String name = type.kind().name().toLowerCase(java.util.Locale.ROOT);
        List<String> sizes = new ArrayList<>();
        for (Integer size : new Integer[] {type.length(), type.precision(), type.scale()}) {
            if (size != null) {
                sizes.add(String.valueOf(size));
            }
        }
        return sizes.isEmpty() ? name : name + "(" + String.join(",", sizes) + ")";
    }
}
