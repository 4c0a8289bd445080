package dev.migrator.model;

import java.util.List;

/**
 * An index over {@code columns}; each entry is a physical column name, optionally followed by
 * {@code " asc"} or {@code " desc"} as written in {@code @Index(columnList)}.
 */
public record Index(String name, List<String> columns, boolean unique) {
    public Index {
        Names.requireName(name, "index name");
        columns = Names.requireColumns(columns, "index " + name);
    }

    public static Index of(String name, String... columns) {
        return new Index(name, List.of(columns), false);
    }

    public static Index unique(String name, String... columns) {
        return new Index(name, List.of(columns), true);
    }

    public Index withColumns(List<String> columns) {
        return new Index(name, columns, unique);
    }
}
