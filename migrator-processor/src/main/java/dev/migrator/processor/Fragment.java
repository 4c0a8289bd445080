package dev.migrator.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables and origins one entity's fragment is being built from: its own table, join tables
 * it owns and partial tables of other entities it adds columns to.
 */
final class Fragment {
    private final EntityInfo entity;
    private final Map<String, TableBuilder> tables = new LinkedHashMap<>();
    private final Map<String, String> origins = new TreeMap<>();
    private final List<dev.migrator.model.Table> generatorTables = new ArrayList<>();
    private final Map<String, TableBuilder> secondaryTables = new LinkedHashMap<>();
    /** Canonical names of the tables joined to the entity's row (secondary and to-one join tables). */
    private final java.util.Set<String> joinedTables = new java.util.HashSet<>();

    private final java.util.function.Consumer<MappingError> warnings;

    Fragment(EntityInfo entity, java.util.function.Consumer<MappingError> warnings) {
        this.entity = entity;
        this.warnings = warnings;
    }

    /** Reports something the snapshot cannot reproduce exactly, without failing the build. */
    void warn(MappingError warning) {
        warnings.accept(warning);
    }

    EntityInfo entity() {
        return entity;
    }

    /** The builder of the named table, created on first use. */
    TableBuilder table(Name name) {
        return tables.computeIfAbsent(name.physical(), n -> new TableBuilder(name));
    }

    /** Declares a {@code @SecondaryTable} under the name written in the annotation. */
    TableBuilder secondaryTable(String written, Name name) {
        joinTable(name);
        TableBuilder table = table(name);
        secondaryTables.put(written, table);
        return table;
    }

    /**
     * Records a table joined to the entity's row — a {@code @SecondaryTable} or a to-one's
     * {@code @JoinTable}, which Hibernate both maps as a {@code Join} — and says whether it is new:
     * Hibernate keys them by canonical name (unquoted: case-insensitive) and refuses a second one of
     * the same name, or one named like the entity's own table
     * ({@code InFlightMetadataCollectorImpl.EntityTableXrefImpl#addSecondaryTable}).
     */
    boolean joinTable(Name name) {
        return !canonical(name).equals(canonical(entity.table())) && joinedTables.add(canonical(name));
    }

    private static String canonical(Name name) {
        return name.quoted() ? name.text() : name.text().toLowerCase(java.util.Locale.ROOT);
    }

    /** The secondary table {@code @Column(table = written)} refers to, or {@code null}. */
    TableBuilder secondaryTable(String written) {
        return secondaryTables.get(written);
    }

    /** A table an id generator needs ({@code hibernate_sequences}); shared by entities, so it has no origin. */
    void generatorTable(dev.migrator.model.Table table) {
        generatorTables.add(table);
    }

    List<dev.migrator.model.Table> generatorTables() {
        return generatorTables;
    }

    List<TableBuilder> tables() {
        return new ArrayList<>(tables.values());
    }

    void origin(Name table, String source) {
        origins.put(table.physical(), source);
    }

    void origin(Name table, Name column, String source) {
        origins.put(table.physical() + "." + column.physical(), source);
    }

    Map<String, String> origins() {
        return origins;
    }
}
