package dev.migrator.model;

/** A database sequence: {@code create sequence name start with start increment by increment}. */
public record Sequence(String name, long start, long increment) {
    public Sequence {
        Names.requireName(name, "sequence name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " must have a non-zero increment");
        }
    }

    public static Sequence of(String name, long start, long increment) {
        return new Sequence(name, start, increment);
    }
}
