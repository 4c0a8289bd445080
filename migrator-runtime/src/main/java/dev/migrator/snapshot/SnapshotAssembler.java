package dev.migrator.snapshot;

import dev.migrator.model.Column;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Merges the fragments of all entities into the whole model's {@link Schema}.
 *
 * <p>Tables of the same name are unioned: a column contributed twice must be equal in both
 * fragments; constraints, indexes and checks are deduplicated; a primary key or comment given by
 * two fragments must agree. Sequences of the same name must be equal. The one exception to
 * "equal columns" is a discriminator column, whose {@code col in (...)} check each subclass
 * fragment writes with the values it knows: those lists are unioned ({@link DiscriminatorChecks}). Every fragment must use the
 * same naming strategy and dialect ({@code -Amigrator.naming}, {@code -Amigrator.dialect}). Fragments are processed in entity-class order, so the result (including
 * column order) does not depend on the order the caller found them in. Conflicts raise
 * {@link IllegalStateException} naming both entities. The fragments' origins end up on the tables
 * and columns they name, where they identify one thing ({@link SnapshotOrigins}).
 */
public final class SnapshotAssembler {
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, String> tableOwners = new HashMap<>();
    private final Map<String, String> columnOwners = new HashMap<>();
    private final Map<String, Sequence> sequences = new LinkedHashMap<>();
    private final Map<String, String> sequenceOwners = new HashMap<>();

    private SnapshotAssembler() {}

    /** The schema of all {@code fragments}; an empty list gives {@link Schema#EMPTY}. */
    public static Schema assemble(List<EntitySnapshot> fragments) {
        List<EntitySnapshot> ordered = new ArrayList<>(fragments);
        ordered.sort(Comparator.comparing(EntitySnapshot::entityClass));
        requireSameOptions(ordered);
        SnapshotAssembler assembler = new SnapshotAssembler();
        ordered.forEach(assembler::add);
        Schema schema = new Schema(new ArrayList<>(assembler.tables.values()), new ArrayList<>(assembler.sequences.values()));
        return SnapshotOrigins.attach(schema, ordered);
    }

    /** The naming strategy all fragments share ({@code "standard"} when there are none). */
    public static String naming(List<EntitySnapshot> fragments) {
        requireAgreement(fragments, EntitySnapshot::naming, "naming");
        return fragments.isEmpty() ? "standard" : fragments.get(0).naming();
    }

    /**
     * The dialect all fragments' names were computed for ({@code -Amigrator.dialect}: {@code "h2"},
     * {@code "postgresql"}), or {@code null} when they were compiled without one (or there are none).
     */
    public static String dialect(List<EntitySnapshot> fragments) {
        requireAgreement(fragments, EntitySnapshot::dialect, "dialect");
        return fragments.isEmpty() ? null : fragments.get(0).dialect();
    }

    /** Names are only comparable between fragments compiled with the same naming and dialect options. */
    private static void requireSameOptions(List<EntitySnapshot> fragments) {
        requireAgreement(fragments, EntitySnapshot::naming, "naming");
        requireAgreement(fragments, EntitySnapshot::dialect, "dialect");
    }

    /** Fragments compiled with different values of the processor option {@code -Amigrator.<option>} cannot be merged. */
    private static void requireAgreement(List<EntitySnapshot> fragments,
            java.util.function.Function<EntitySnapshot, String> value, String option) {
        for (EntitySnapshot fragment : fragments) {
            EntitySnapshot first = fragments.get(0);
            if (!java.util.Objects.equals(value.apply(fragment), value.apply(first))) {
                throw new IllegalStateException("entities " + first.entityClass() + " (" + option + " "
                        + describe(value.apply(first)) + ") and " + fragment.entityClass() + " (" + option + " "
                        + describe(value.apply(fragment)) + ") were compiled with different -Amigrator." + option
                        + " options; compile all entities with the same one");
            }
        }
    }

    private static String describe(String optionValue) {
        return optionValue == null ? "not set" : optionValue;
    }

    private void add(EntitySnapshot fragment) {
        fragment.schema().tables().forEach(table -> addTable(fragment.entityClass(), table));
        fragment.schema().sequences().forEach(sequence -> addSequence(fragment.entityClass(), sequence));
    }

    private void addTable(String entity, Table table) {
        Table existing = tables.get(table.name());
        if (existing == null) {
            tables.put(table.name(), table);
            tableOwners.put(table.name(), entity);
            table.columns().forEach(c -> columnOwners.put(table.name() + "." + c.name(), entity));
            return;
        }
        tables.put(table.name(), merge(existing, table, entity));
    }

    private Table merge(Table existing, Table added, String entity) {
        String owner = tableOwners.get(added.name());
        Table merged = existing;
        for (Column column : added.columns()) {
            String key = added.name() + "." + column.name();
            Column present = merged.column(column.name()).orElse(null);
            if (present == null) {
                merged = merged.column(column);
                columnOwners.put(key, entity);
            } else if (!present.equals(column) && DiscriminatorChecks.union(present, column) != null) {
                merged = merged.column(DiscriminatorChecks.union(present, column));
            } else if (!present.equals(column)) {
                throw new IllegalStateException("column " + key + " is mapped differently by " + columnOwners.get(key)
                        + " (" + present + ") and " + entity + " (" + column + "); make both mappings agree");
            }
        }
        merged = merged.withPrimaryKey(agree(existing.primaryKey(), added.primaryKey(), "primary key of " + added.name(),
                owner, entity));
        merged = merged.withUniqueConstraints(union(existing.uniqueConstraints(), added.uniqueConstraints()));
        merged = merged.withForeignKeys(union(existing.foreignKeys(), added.foreignKeys()));
        merged = merged.withIndexes(union(existing.indexes(), added.indexes()));
        merged = merged.withChecks(union(existing.checks(), added.checks()));
        return merged.comment(agree(existing.comment(), added.comment(), "comment of " + added.name(), owner, entity));
    }

    private void addSequence(String entity, Sequence sequence) {
        Sequence existing = sequences.get(sequence.name());
        if (existing != null && !existing.equals(sequence)) {
            throw new IllegalStateException("sequence " + sequence.name() + " is declared differently by "
                    + sequenceOwners.get(sequence.name()) + " (" + existing + ") and " + entity + " (" + sequence
                    + "); give both generators the same allocationSize and initialValue");
        }
        sequences.putIfAbsent(sequence.name(), sequence);
        sequenceOwners.putIfAbsent(sequence.name(), entity);
    }

    private static <T> T agree(T first, T second, String what, String firstEntity, String secondEntity) {
        if (first != null && second != null && !first.equals(second)) {
            throw new IllegalStateException(what + " differs between " + firstEntity + " (" + first + ") and "
                    + secondEntity + " (" + second + "); make both mappings agree");
        }
        return first != null ? first : second;
    }

    private static <T> List<T> union(List<T> first, List<T> second) {
        LinkedHashSet<T> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

}
