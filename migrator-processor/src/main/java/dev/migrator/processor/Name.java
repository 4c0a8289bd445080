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
record Name(String text, boolean quoted, boolean explicit) {

    /** The same text, quoted explicitly (Hibernate's {@code Identifier.quoted()}). */
    Name forceQuoted() {
        return new Name(text, true, true);
    }

    /** The form stored in the schema model: backticks only for explicit quoting. */
    String physical() {
        return explicit ? "`" + text + "`" : text;
    }

    /** Hibernate's {@code Identifier.toString()}: the form hashed into constraint names. */
    String hashForm() {
        return quoted ? "`" + text + "`" : text;
    }

    /** The name as it appears inside SQL text such as a check condition. */
    String sql() {
        return quoted ? "\"" + text + "\"" : text;
    }
}
