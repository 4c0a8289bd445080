package dev.migrator.model;

/**
 * A database sequence: {@code create sequence name start with start increment by increment [options]}.
 *
 * <p>{@code options} is a SQL fragment appended to {@code create sequence}, JPA 3.2's
 * {@code @SequenceGenerator(options)} ({@code null}: none); SQL by contract, part of equality, and
 * {@linkplain AddedComponent of checksums only when present}.
 */
public record Sequence(String name, long start, long increment, @AddedComponent String options) {
    public Sequence {
        Names.requireName(name, "sequence name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " must have a non-zero increment");
        }
    }

    /** A sequence without options. */
    public Sequence(String name, long start, long increment) {
        this(name, start, increment, null);
    }

    public static Sequence of(String name, long start, long increment) {
        return new Sequence(name, start, increment);
    }

    /** The same sequence with a SQL fragment appended to its definition ({@code null}: none). */
    public Sequence options(String sqlFragment) {
        return new Sequence(name, start, increment, sqlFragment);
    }
}
