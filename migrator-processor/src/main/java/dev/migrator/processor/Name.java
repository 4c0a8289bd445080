package dev.migrator.processor;

/**
 * A database identifier as Hibernate's {@code Identifier} sees it.
 *
 * <p>{@code quoted}: Hibernate quotes it (explicitly, automatically as a keyword, or because an
 * implicit name derives from a quoted one); quoting changes hashed constraint names and how
 * databases fold case. {@code explicit}: the quoting must be stored in the snapshot (the model's
 * backtick convention); keyword quoting is left to the dialect and is not stored. Names are made
 * from written text by {@link Naming#name}, which knows the dialect's keywords.
 */
record Name(String text, boolean quoted, boolean explicit, String schema) {

    /** A name in the default schema (every column name, and tables and sequences without a schema). */
    Name(String text, boolean quoted, boolean explicit) {
        this(text, quoted, explicit, null);
    }

    /** The same text, quoted explicitly (Hibernate's {@code Identifier.quoted()}). */
    Name forceQuoted() {
        return new Name(text, true, true, schema);
    }

    /**
     * The same table or sequence name in {@code schema}: the physical schema name in the model's
     * conventions, {@code null} for the default schema.
     */
    Name inSchema(String schema) {
        return new Name(text, quoted, explicit, schema);
    }

    /**
     * The form stored in the schema model: backticks only for explicit quoting, qualified with the
     * schema when there is one ({@code sales.orders}, decision D4).
     */
    String physical() {
        String own = explicit ? "`" + text + "`" : text;
        return schema == null ? own : schema + "." + own;
    }

    /**
     * Hibernate's {@code Identifier.toString()}: the form hashed into constraint names. The schema
     * is not part of it: {@code ForeignKeyNameSource} and {@code IndexBinder} hash
     * {@code Table.getNameIdentifier()}, the table's own name.
     */
    String hashForm() {
        return quoted ? "`" + text + "`" : text;
    }

    /** The name as it appears inside SQL text such as a check condition. */
    String sql() {
        return quoted ? "\"" + text + "\"" : text;
    }
}
