package dev.migrator.model;

import java.util.List;

/**
 * A primary key. {@code name} is {@code null} when the database chooses it, which is what
 * Hibernate's DDL does.
 */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = Names.requireColumns(columns, "a primary key");
    }

    public static PrimaryKey of(String... columns) {
        return new PrimaryKey(null, List.of(columns));
    }
}
