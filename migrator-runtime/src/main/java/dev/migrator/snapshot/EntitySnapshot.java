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
 * or {@code null} when none was given (names quoted as on every supported database). Immutable.
 */
public record EntitySnapshot(String entityClass, String naming, Schema schema, Map<String, String> origins,
        String dialect) {

    /** The resource directory holding one fragment per entity. */
    public static final String DIRECTORY = "META-INF/migrator/entities/";

    public EntitySnapshot {
        Objects.requireNonNull(entityClass, "entityClass");
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(schema, "schema");
        origins = java.util.Collections.unmodifiableMap(new TreeMap<>(origins == null ? Map.of() : origins));
    }

    /** A fragment computed for no particular dialect. */
    public EntitySnapshot(String entityClass, String naming, Schema schema, Map<String, String> origins) {
        this(entityClass, naming, schema, origins, null);
    }

    /** The resource path of an entity's fragment: {@code META-INF/migrator/entities/com.x.User.json}. */
    public static String resourceName(String entityClass) {
        return DIRECTORY + entityClass + ".json";
    }
}
