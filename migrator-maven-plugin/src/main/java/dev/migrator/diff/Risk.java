package dev.migrator.diff;

/** Something a reviewer must see about an operation before it runs on a database with rows. */
public record Risk(Level level, String text) {
    public enum Level {
        /** Data is lost: dropped tables and columns, narrowed types. */
        DESTRUCTIVE,
        /** May fail on existing rows, or lock or rewrite a large table. */
        RISKY,
        /**
         * Not done to the database by the migration, although the model records it: a step to write
         * by hand where existing databases need it (a changed {@code @Table(options)} or
         * {@code @SequenceGenerator(options)}, whose ALTER cannot be derived from the two texts).
         */
        MANUAL
    }
}
