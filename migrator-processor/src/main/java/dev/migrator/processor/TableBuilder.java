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
 * each column so that a column mapped twice is reported on the second attribute.
 */
final class TableBuilder {
    private final Name name;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, Name> columnNames = new LinkedHashMap<>();
    private final Map<String, String> columnAttributes = new LinkedHashMap<>();
    private final Map<String, String> logicalNames = new LinkedHashMap<>();
    private final Set<UniqueConstraint> uniques = new LinkedHashSet<>();
    private final Set<ForeignKey> foreignKeys = new LinkedHashSet<>();
    private final Set<Index> indexes = new LinkedHashSet<>();
    private final Set<CheckConstraint> checks = new LinkedHashSet<>();
    private PrimaryKey primaryKey;
    private boolean singleTableSubclass;
    private String comment;

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
        String key = column.name();
        if (columns.containsKey(key)) {
            throw new MappingError(element, Diagnostics.MIG009, key, name.physical(), columnAttributes.get(key), attribute);
        }
        columns.put(key, column);
        columnNames.put(key, columnName);
        columnAttributes.put(key, attribute);
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
        return columnAttributes.entrySet().stream()
                .filter(e -> e.getValue().equals(attribute))
                .map(Map.Entry::getKey)
                .toList();
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

    Table build() {
        return new Table(name.physical(), new ArrayList<>(columns.values()), primaryKey, new ArrayList<>(uniques),
                new ArrayList<>(foreignKeys), new ArrayList<>(indexes), new ArrayList<>(checks), comment);
    }
}
