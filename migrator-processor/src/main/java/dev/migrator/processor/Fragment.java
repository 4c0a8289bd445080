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

    Fragment(EntityInfo entity) {
        this.entity = entity;
    }

    EntityInfo entity() {
        return entity;
    }

    /** The builder of the named table, created on first use. */
    TableBuilder table(Name name) {
        return tables.computeIfAbsent(name.physical(), n -> new TableBuilder(name));
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
