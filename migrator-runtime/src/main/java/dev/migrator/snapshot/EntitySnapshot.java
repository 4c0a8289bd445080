package dev.migrator.snapshot;

import dev.migrator.model.Schema;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The schema one entity contributes, as written by {@code migrator-processor} to
 * {@code META-INF/migrator/entities/<entityClass>.json}.
 *
 * <p>{@code schema} is partial: the entity's own tables, the join and collection tables it owns,
 * the sequences it needs, and for a few mappings (single-table subclasses, unidirectional
 * one-to-many join columns) partial tables holding only what it adds to another entity's table.
 * {@code origins} maps physical {@code "table"} / {@code "table.column"} names to their source
 * identity ({@code "com.x.User"} / {@code "com.x.User#name"}); it is kept sorted and is not part
 * of schema equality. {@code naming} is {@code "standard"} or {@code "snake_case"}. {@code dialect}
 * is the {@code -Amigrator.dialect} the names were computed for ({@code "h2"}, {@code "postgresql"}),
 * or {@code null} when none was given (names quoted as on every supported database).
 *
 * <p>{@code bindings} maps {@code "table.column"} to the phase in which Hibernate binds the mapping
 * that gave this fragment's definition of the column, when that is not the first pass (ids,
 * discriminators and basic attributes, the default, left out): {@link #JOIN_COLUMN} for a to-one
 * join column (Hibernate's {@code ToOneFkSecondPass}), {@link #COLLECTION_KEY} for a unidirectional
 * {@code @OneToMany @JoinColumn}'s key in the target's table (collection second pass). Hibernate's
 * {@code Table#addColumn} keeps the column bound first, so {@link SnapshotAssembler} keeps the
 * definition of the earliest phase when two fragments define one column. Sorted; outside schema
 * equality like {@code origins}.
 *
 * <p>{@code implicitNaming} is the implicit naming strategy the names were computed under
 * ({@code -Amigrator.implicitNaming}): {@link #JPA_IMPLICIT_NAMING} (Hibernate's
 * {@code ImplicitNamingStrategyJpaCompliantImpl}, the default; {@code null} is read as it) or
 * {@code "spring"} (Spring Boot's {@code SpringImplicitNamingStrategy}, which names implicit join
 * tables {@code <owner table>_<attribute>}). Never {@code null} after construction. Immutable.
 */
public record EntitySnapshot(String entityClass, String naming, Schema schema, Map<String, String> origins,
        String dialect, Map<String, String> bindings, String implicitNaming) {

    /** The default {@link #implicitNaming}: JPA's implicit names, as Hibernate makes them without Spring. */
    public static final String JPA_IMPLICIT_NAMING = "jpa";

    /** The resource directory holding one fragment per entity. */
    public static final String DIRECTORY = "META-INF/migrator/entities/";

    /** Binding phase of a to-one join column (bound after every entity's basic attributes). */
    public static final String JOIN_COLUMN = "joinColumn";

    /** Binding phase of a collection key in another entity's table (bound after every join column). */
    public static final String COLLECTION_KEY = "collectionKey";

    /** The binding phases a fragment may name, earliest first; the first pass is named by absence. */
    public static final java.util.List<String> PHASES = java.util.List.of(JOIN_COLUMN, COLLECTION_KEY);

    public EntitySnapshot {
        Objects.requireNonNull(entityClass, "entityClass");
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(schema, "schema");
        implicitNaming = implicitNaming == null ? JPA_IMPLICIT_NAMING : implicitNaming;
        origins = java.util.Collections.unmodifiableMap(new TreeMap<>(origins == null ? Map.of() : origins));
        bindings = java.util.Collections.unmodifiableMap(new TreeMap<>(bindings == null ? Map.of() : bindings));
        bindings.forEach((column, phase) -> {
            if (!PHASES.contains(phase)) {
                throw new IllegalArgumentException("unknown binding phase \"" + phase + "\" of " + column
                        + "; expected one of " + PHASES);
            }
        });
    }

    /** A fragment under JPA's implicit naming. */
    public EntitySnapshot(String entityClass, String naming, Schema schema, Map<String, String> origins,
            String dialect, Map<String, String> bindings) {
        this(entityClass, naming, schema, origins, dialect, bindings, JPA_IMPLICIT_NAMING);
    }

    /** A fragment whose columns are all bound in Hibernate's first pass (or whose phases do not matter). */
    public EntitySnapshot(String entityClass, String naming, Schema schema, Map<String, String> origins,
            String dialect) {
        this(entityClass, naming, schema, origins, dialect, Map.of());
    }

    /** A fragment computed for no particular dialect. */
    public EntitySnapshot(String entityClass, String naming, Schema schema, Map<String, String> origins) {
        this(entityClass, naming, schema, origins, null);
    }

    /**
     * The phase in which the mapping defining {@code table.column} in this fragment is bound:
     * {@code null} for the first pass, else one of {@link #PHASES}.
     */
    public String binding(String table, String column) {
        return bindings.get(table + "." + column);
    }

    /** The resource path of an entity's fragment: {@code META-INF/migrator/entities/com.x.User.json}. */
    public static String resourceName(String entityClass) {
        return DIRECTORY + entityClass + ".json";
    }
}
