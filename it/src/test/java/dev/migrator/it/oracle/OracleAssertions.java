package dev.migrator.it.oracle;

import org.opentest4j.AssertionFailedError;

/** The oracle's one assertion: two databases hold the same schema, or a readable line diff says how they differ. */
public final class OracleAssertions {
    private OracleAssertions() {}

    /**
     * Fails unless {@code actual} (our migrations' database) describes the same schema as
     * {@code expected} (Hibernate's). The message lists the differing lines, {@code -} for what
     * only Hibernate has and {@code +} for what only ours has; the full descriptions are attached
     * as expected/actual so an IDE can show them side by side.
     */
    public static void assertSameSchema(String what, SchemaDescription expected, SchemaDescription actual) {
        String diff = SchemaDescription.diff(expected, actual);
        if (!diff.isEmpty()) {
            throw new AssertionFailedError(
                    what + ": the schema differs from Hibernate's (- Hibernate only, + ours only):\n" + diff + "\n",
                    expected.text(),
                    actual.text());
        }
    }
}
