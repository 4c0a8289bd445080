package dev.migrator.processor;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.PrimaryKey;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Collects one table of a fragment while an entity is read, remembering which attribute produced
 * each column: a column mapped twice keeps the definition Hibernate keeps, or is reported on the
 * second attribute when Hibernate refuses it (see {@link ColumnBinding}).
 */
final class TableBuilder {
    private final Name name;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, Name> columnNames = new LinkedHashMap<>();
    private final Map<String, String> columnAttributes = new LinkedHashMap<>();
    private final Map<String, String> logicalNames = new LinkedHashMap<>();
    private final Map<String, ColumnBinding> bindings = new LinkedHashMap<>();
    private final Map<String, String> writers = new LinkedHashMap<>();
    private final Map<String, ColumnBinding> inherited = new LinkedHashMap<>();
    private final Map<String, String> inheritedWriters = new LinkedHashMap<>();
    private final Map<String, Set<String>> attributeColumns = new LinkedHashMap<>();
    private final Map<String, Set<String>> uniqueFlags = new LinkedHashMap<>();
    private final Set<UniqueConstraint> uniques = new LinkedHashSet<>();
    private final Set<ForeignKey> foreignKeys = new LinkedHashSet<>();
    private final Set<Index> indexes = new LinkedHashSet<>();
    private final Set<CheckConstraint> checks = new LinkedHashSet<>();
    private PrimaryKey primaryKey;
    private boolean singleTableSubclass;
    private String comment;
    private String options;

    TableBuilder(Name name) {
        this.name = name;
    }

    Name name() {
        return name;
    }

    /**
     * Marks this as a single-table subclass's part of its root's table: its columns are nullable
     * unless written {@code nullable = false} (Hibernate checks primitives through the discriminator).
     */
    void singleTableSubclass() {
        singleTableSubclass = true;
    }

    boolean isSingleTableSubclass() {
        return singleTableSubclass;
    }

    void column(Column column, Name columnName, String attribute, Element element) {
        column(column, columnName, attribute, element, ColumnBinding.other());
    }

    /** Adds a column; {@code replace} swaps a column this same attribute added before. */
    void column(Column column, Name columnName, String attribute, Element element, boolean replace) {
        if (replace && attribute.equals(columnAttributes.get(column.name()))) {
            columns.put(column.name(), column);
            return;
        }
        column(column, columnName, attribute, element, ColumnBinding.other());
    }

    /**
     * Adds a mapping of a column, as {@link ColumnBinding} describes Hibernate's rule: a column two
     * mappings write is refused (MIG009); otherwise the mapping bound first defines the column.
     * Returns whether this mapping now defines it (its origin and {@code unique} flag count).
     */
    boolean column(Column column, Name columnName, String attribute, Element element, ColumnBinding binding) {
        String key = column.name();
        String writer = writers.get(key);
        if (writer == null && binding.isWriter()) {
            writer = inheritedWriters.get(key);
        }
        if (writer != null && binding.isWriter()) {
            throw new MappingError(element, Diagnostics.MIG009, key, name.physical(), writer, attribute);
        }
        if (binding.isWriter()) {
            writers.put(key, attribute);
        }
        attributeColumns.computeIfAbsent(attribute, a -> new LinkedHashSet<>()).add(key);
        ColumnBinding kept = bindings.containsKey(key) ? bindings.get(key) : inherited.get(key);
        if (kept != null && kept.compareTo(binding) <= 0) {
            return false;
        }
        columns.put(key, column);
        columnNames.put(key, columnName);
        columnAttributes.put(key, attribute);
        bindings.put(key, binding);
        return true;
    }

    /**
     * Records that a column {@code attribute} defines is bound in the phase of {@code binding}
     * (an order column a collection adds to its target's table is bound with the collection's key),
     * if that attribute still defines it.
     */
    void bindAs(String physical, String attribute, ColumnBinding binding) {
        if (attribute.equals(columnAttributes.get(physical))) {
            bindings.put(physical, binding);
        }
    }

    /**
     * Takes the column mappings of a single-table subclass's superclass entity (mapped into
     * {@code ancestor} only for this): Hibernate checks a subclass's mappings against its
     * superclass's ({@code SingleTableSubclass#getNonDuplicatedProperties}) and keeps the column
     * bound first, so a subclass's read-only copy of an inherited column adds nothing here.
     */
    void inherit(TableBuilder ancestor) {
        ancestor.bindings.forEach(inherited::putIfAbsent);
        ancestor.writers.forEach(inheritedWriters::putIfAbsent);
    }

    /**
     * Marks a column unique as one mapping's {@code @Column(unique)}, {@code @JoinColumn(unique)} or
     * one-to-one says: Hibernate keeps that as a flag of the mapping's column object
     * ({@code Table#createUniqueKey(Column)}), so it counts only if that mapping defines the column.
     */
    void uniqueColumn(String physical, String attribute) {
        uniqueFlags.computeIfAbsent(physical, c -> new LinkedHashSet<>()).add(attribute);
    }

    boolean hasColumn(String physical) {
        return columns.containsKey(physical);
    }

    /** The name of a column of this table, looked up by its physical (model) name. */
    Name columnName(String physical) {
        return columnNames.get(physical);
    }

    /** The columns an attribute (by name) was mapped to, in mapping order. */
    List<String> columnsOf(String attribute) {
        return List.copyOf(attributeColumns.getOrDefault(attribute, Set.of()));
    }

    /**
     * The binding phase of each column whose defining mapping is bound after Hibernate's first pass,
     * keyed {@code "table.column"} as {@code EntitySnapshot#bindings} wants it.
     */
    Map<String, String> phases() {
        Map<String, String> phases = new LinkedHashMap<>();
        columns.keySet().forEach(column -> {
            ColumnBinding binding = bindings.get(column);
            if (binding != null && binding.contractPhase() != null) {
                phases.put(name.physical() + "." + column, binding.contractPhase());
            }
        });
        return phases;
    }

    /** Records the logical name (before physical naming) a column was declared with. */
    void logicalName(Name logical, String physical) {
        logicalNames.put(logical.text(), physical);
    }

    /** Logical name text to physical column name. */
    Map<String, String> logicalNames() {
        return logicalNames;
    }

    Map<String, Name> columnNames() {
        return columnNames;
    }

    void primaryKey(List<String> columnNames) {
        primaryKey = new PrimaryKey(null, columnNames);
    }

    void unique(UniqueConstraint unique) {
        uniques.add(unique);
    }

    void foreignKey(ForeignKey foreignKey) {
        foreignKeys.add(foreignKey);
    }

    void index(Index index) {
        indexes.add(index);
    }

    void check(CheckConstraint check) {
        checks.add(check);
    }

    void comment(String comment) {
        this.comment = comment;
    }

    /** JPA 3.2 {@code options} of the table's annotation, appended to {@code create table} ({@code null}: none). */
    void options(String options) {
        this.options = options;
    }

    Table build() {
        Set<UniqueConstraint> all = new LinkedHashSet<>();
        uniqueFlags.forEach((column, attributes) -> {
            if (attributes.contains(columnAttributes.get(column))) {
                all.add(new UniqueConstraint(null, List.of(column)));
            }
        });
        all.addAll(uniques);
        return new Table(name.physical(), new ArrayList<>(columns.values()), primaryKey, new ArrayList<>(all),
                new ArrayList<>(foreignKeys), new ArrayList<>(indexes), new ArrayList<>(checks), comment).options(options);
    }
}
