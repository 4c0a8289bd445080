package dev.migrator.model;

import java.util.List;

/**
 * A unique constraint over {@code columns}. {@code name} is {@code null} for an unnamed constraint
 * (what Hibernate emits inline for {@code @Column(unique = true)}); the database then names it.
 */
public record UniqueConstraint(String name, List<String> columns) {
    public UniqueConstraint {
        columns = Names.requireColumns(columns, "unique constraint " + name);
    }

    public static UniqueConstraint of(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }

    public UniqueConstraint withColumns(List<String> columns) {
        return new UniqueConstraint(name, columns);
    }
}
