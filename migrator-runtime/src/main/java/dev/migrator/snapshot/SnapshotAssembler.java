package dev.migrator.snapshot;

import dev.migrator.model.Column;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
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
 * <p>Tables of the same name are unioned. A column two fragments define gets the definition
 * Hibernate keeps: {@code org.hibernate.mapping.Table#addColumn} keeps the column object bound
 * first, and Hibernate binds every entity's ids and basic attributes (first pass) before any to-one
 * join column ({@code ToOneFkSecondPass}) and those before any collection key (collection second
 * pass), so the definition of the earliest {@link EntitySnapshot#bindings() binding phase} wins and
 * the later one's single-column {@code unique} flag goes with it. Within one phase Hibernate binds
 * entities in the order they were registered with it (a superclass before its subclasses,
 * {@code AnnotationMetadataSourceProcessorImpl#orderAndFillHierarchy}), which the annotations do not
 * determine, so two definitions in the same phase must be equal. Constraints, indexes and checks
 * are deduplicated; a primary key or comment given by
 * two fragments must agree. Sequences of the same name must be equal. The one exception to
 * "equal columns" is a discriminator column, whose {@code col in (...)} check each subclass
 * fragment writes with the values it knows: those lists are unioned ({@link DiscriminatorChecks}). Every fragment must use the
 * same naming strategies and dialect ({@code -Amigrator.naming}, {@code -Amigrator.implicitNaming},
 * {@code -Amigrator.dialect}). Fragments are processed in entity-class order, so the result (including
 * column order) does not depend on the order the caller found them in. Conflicts raise
 * {@link IllegalStateException} naming both entities. The fragments' origins end up on the tables
 * and columns they name, where they identify one thing ({@link SnapshotOrigins}); a column's origin
 * comes from the fragments whose definition it has.
 */
public final class SnapshotAssembler {
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, String> tableOwners = new HashMap<>();
    private final Map<String, String> columnOwners = new HashMap<>();
    private final Map<String, Integer> columnPhases = new HashMap<>();
    /** {@link SnapshotOrigins#claim} of each fragment whose column definition lost to an earlier phase. */
    private final java.util.Set<String> overruled = new java.util.HashSet<>();
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
        return SnapshotOrigins.attach(schema, ordered, assembler.overruled);
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

    /**
     * The implicit naming strategy all fragments share ({@code -Amigrator.implicitNaming}:
     * {@code "jpa"} or {@code "spring"}; {@code "jpa"} when there are none).
     */
    public static String implicitNaming(List<EntitySnapshot> fragments) {
        requireAgreement(fragments, EntitySnapshot::implicitNaming, "implicitNaming");
        return fragments.isEmpty() ? EntitySnapshot.JPA_IMPLICIT_NAMING : fragments.get(0).implicitNaming();
    }

    /** Names are only comparable between fragments compiled with the same naming and dialect options. */
    private static void requireSameOptions(List<EntitySnapshot> fragments) {
        requireAgreement(fragments, EntitySnapshot::naming, "naming");
        requireAgreement(fragments, EntitySnapshot::implicitNaming, "implicitNaming");
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
        fragment.schema().tables().forEach(table -> addTable(fragment, table));
        fragment.schema().sequences().forEach(sequence -> addSequence(fragment.entityClass(), sequence));
    }

    private void addTable(EntitySnapshot fragment, Table table) {
        String entity = fragment.entityClass();
        Table existing = tables.get(table.name());
        if (existing == null) {
            tables.put(table.name(), table);
            tableOwners.put(table.name(), entity);
            table.columns().forEach(c -> {
                columnOwners.put(table.name() + "." + c.name(), entity);
                columnPhases.put(table.name() + "." + c.name(), phase(fragment, table, c));
            });
            return;
        }
        tables.put(table.name(), merge(existing, table, fragment));
    }

    private Table merge(Table existing, Table added, EntitySnapshot fragment) {
        String entity = fragment.entityClass();
        String owner = tableOwners.get(added.name());
        Table merged = existing;
        List<UniqueConstraint> existingUniques = new ArrayList<>(existing.uniqueConstraints());
        List<UniqueConstraint> addedUniques = new ArrayList<>(added.uniqueConstraints());
        for (Column column : added.columns()) {
            String key = added.name() + "." + column.name();
            Column present = merged.column(column.name()).orElse(null);
            int phase = phase(fragment, added, column);
            if (present == null) {
                merged = merged.column(column);
                columnOwners.put(key, entity);
                columnPhases.put(key, phase);
            } else if (phase < columnPhases.get(key)) {
                // Hibernate bound this mapping first: its column object is the table's, the other one is dropped.
                merged = merged.alterColumn(column.name(), c -> column);
                existingUniques.remove(new UniqueConstraint(null, List.of(column.name())));
                overruled.add(SnapshotOrigins.claim(columnOwners.get(key), key));
                columnOwners.put(key, entity);
                columnPhases.put(key, phase);
            } else if (phase > columnPhases.get(key)) {
                addedUniques.remove(new UniqueConstraint(null, List.of(column.name())));
                overruled.add(SnapshotOrigins.claim(entity, key));
            } else if (!present.equals(column) && DiscriminatorChecks.union(present, column) != null) {
                merged = merged.column(DiscriminatorChecks.union(present, column));
            } else if (!present.equals(column)) {
                throw new IllegalStateException("column " + key + " is mapped differently by " + columnOwners.get(key)
                        + " (" + present + ") and " + entity + " (" + column + "), both " + describePhase(phase)
                        + "; Hibernate keeps the definition of the entity it happens to bind first, which depends on"
                        + " the order the entities are registered in, so make both mappings agree");
            }
        }
        merged = merged.withPrimaryKey(agree(existing.primaryKey(), added.primaryKey(), "primary key of " + added.name(),
                owner, entity));
        merged = merged.withUniqueConstraints(union(existingUniques, addedUniques));
        merged = merged.withForeignKeys(union(existing.foreignKeys(), added.foreignKeys()));
        merged = merged.withIndexes(union(existing.indexes(), added.indexes()));
        merged = merged.withChecks(union(existing.checks(), added.checks()));
        merged = merged.options(agree(existing.options(), added.options(), "options of " + added.name(), owner, entity));
        return merged.comment(agree(existing.comment(), added.comment(), "comment of " + added.name(), owner, entity));
    }

    /** The rank of the binding phase of {@code column} in {@code fragment}: 0 first pass, then {@link EntitySnapshot#PHASES}. */
    private static int phase(EntitySnapshot fragment, Table table, Column column) {
        String binding = fragment.binding(table.name(), column.name());
        return binding == null ? 0 : EntitySnapshot.PHASES.indexOf(binding) + 1;
    }

    private static String describePhase(int phase) {
        return switch (phase) {
            case 0 -> "ids or basic attributes";
            case 1 -> "to-one join columns";
            default -> "collection keys";
        };
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
