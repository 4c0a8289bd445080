package dev.migrator.diff;

/**
 * A column that becomes NOT NULL on a table that may hold rows, with no value for those rows: an
 * added NOT NULL column without default or identity ({@link Kind#ADD}), a nullable column made NOT
 * NULL without a default ({@link Kind#NARROW}), or a NOT NULL column without default or identity
 * that is dropped, which the downgrade re-adds to the rows that remain ({@link Kind#DROP}).
 * {@code make} asks for a one-off value (interactive Maven) or takes it from
 * {@link NotNullDefaults#PROPERTY} (batch), as Django's makemigrations does.
 */
public record NotNullChange(String table, String column, Kind kind) {

    /** Where the column becomes NOT NULL: in the upgrade (added or narrowed) or in the downgrade (dropped). */
    public enum Kind {
        ADD,
        NARROW,
        DROP
    }

    /** An added column: {@code make} refuses to write the migration without a value. */
    public boolean adding() {
        return kind == Kind.ADD;
    }

    /** The {@link NotNullDefaults#PROPERTY} entry's key, {@code table.column}. */
    public String key() {
        return table + "." + column;
    }

    /** What interactive {@code make} asks; the answer is a SQL expression, or empty. */
    public String question() {
        if (kind == Kind.DROP) {
            return "Column '" + column + "' of table '" + table + "' is dropped; it is non-nullable without a default,"
                    + " so the downgrade re-adds it to the rows that remain and needs a value for them. Enter a one-off"
                    + " SQL value for the downgrade (e.g. 'unknown' as a quoted literal, 0, current_timestamp), or"
                    + " leave empty (then the downgrade fails on a table that has rows):";
        }
        if (kind == Kind.ADD) {
            return "It is impossible to add a non-nullable column '" + column + "' to table '" + table
                    + "' without a default for its existing rows. Enter a one-off SQL default (e.g. 'unknown' as a"
                    + " quoted literal, 0, current_timestamp), or leave empty to abort:";
        }
        return "Column '" + column + "' of table '" + table + "' becomes non-nullable; existing rows holding NULL"
                + " there would make the migration fail. Enter a one-off SQL value for them (e.g. 'unknown' as a"
                + " quoted literal, 0, current_timestamp), or leave empty to leave them (then the migration fails"
                + " if there are any):";
    }

    /** What {@code make} warns when the value was not given (an added column is refused before this). */
    public String warning() {
        String property = "-D" + NotNullDefaults.PROPERTY + "=" + key() + "=<SQL expression>";
        if (kind == Kind.DROP) {
            return "Column " + key() + " is dropped and is NOT NULL without a default: the downgrade re-adds it"
                    + " with no value for the remaining rows, so it fails on a table that has rows. To give the"
                    + " downgrade a value, run make again with " + property;
        }
        return "Column " + key() + " becomes NOT NULL with no value for rows holding NULL: the migration fails if"
                + " there are any. To fill them, run make again with " + property + ", or fill them in a"
                + " hand-written migration first";
    }
}
