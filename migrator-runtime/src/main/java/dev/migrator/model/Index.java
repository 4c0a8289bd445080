package dev.migrator.model;

import java.util.List;

/**
 * An index over {@code columns}; each entry is a physical column name, optionally followed by
 * {@code " asc"} or {@code " desc"} as written in {@code @Index(columnList)}.
 *
 * <p>{@code options} is a SQL fragment appended to {@code create index}, JPA 3.2's
 * {@code @Index(options)} ({@code null}: none); SQL by contract, like a column's options, part of
 * equality, and {@linkplain AddedComponent of checksums only when present}.
 */
public record Index(String name, List<String> columns, boolean unique, @AddedComponent String options) {
    public Index {
        Names.requireName(name, "index name");
        columns = Names.requireColumns(columns, "index " + name);
    }

    /** An index without options. */
    public Index(String name, List<String> columns, boolean unique) {
        this(name, columns, unique, null);
    }

    public static Index of(String name, String... columns) {
        return new Index(name, List.of(columns), false);
    }

    public static Index unique(String name, String... columns) {
        return new Index(name, List.of(columns), true);
    }

    public Index withColumns(List<String> columns) {
        return new Index(name, columns, unique, options);
    }

    /** The same index with a SQL fragment appended to its definition ({@code null}: none). */
    public Index options(String sqlFragment) {
        return new Index(name, columns, unique, sqlFragment);
    }
}
