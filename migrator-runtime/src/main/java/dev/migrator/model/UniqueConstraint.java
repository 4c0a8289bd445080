package dev.migrator.model;

import java.util.List;

/**
 * A unique constraint over {@code columns}. {@code name} is {@code null} for an unnamed constraint
 * (what Hibernate emits inline for {@code @Column(unique = true)}); the database then names it.
 *
 * <p>{@code options} is a SQL fragment appended after the column list, JPA 3.2's
 * {@code @UniqueConstraint(options)} / {@code @Index(unique = true, options)} ({@code null}: none);
 * SQL by contract, part of equality, and {@linkplain AddedComponent of checksums only when present}.
 */
public record UniqueConstraint(String name, List<String> columns, @AddedComponent String options) {
    public UniqueConstraint {
        columns = Names.requireColumns(columns, "unique constraint " + name);
    }

    /** A unique constraint without options. */
    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, null);
    }

    public static UniqueConstraint of(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }

    public UniqueConstraint withColumns(List<String> columns) {
        return new UniqueConstraint(name, columns, options);
    }

    /** The same constraint with a SQL fragment appended to its definition ({@code null}: none). */
    public UniqueConstraint options(String sqlFragment) {
        return new UniqueConstraint(name, columns, sqlFragment);
    }
}
