package dev.migrator.diff;

/**
 * A column that becomes NOT NULL on a table that may hold rows, with no value for those rows: an
 * added NOT NULL column without default or identity ({@code adding}), or a nullable column made NOT
 * NULL without a default. {@code make} asks for a one-off value (interactive Maven) or takes it from
 * {@link NotNullDefaults#PROPERTY} (batch), as Django's makemigrations does.
 */
public record NotNullChange(String table, String column, boolean adding) {

    /** The {@link NotNullDefaults#PROPERTY} entry's key, {@code table.column}. */
    public String key() {
        return table + "." + column;
    }

    /** What interactive {@code make} asks; the answer is a SQL expression, or empty. */
    public String question() {
        if (adding) {
            return "It is impossible to add a non-nullable column '" + column + "' to table '" + table
                    + "' without a default for its existing rows. Enter a one-off SQL default (e.g. 'unknown' as a"
                    + " quoted literal, 0, current_timestamp), or leave empty to abort:";
        }
        return "Column '" + column + "' of table '" + table + "' becomes non-nullable; existing rows holding NULL"
                + " there would make the migration fail. Enter a one-off SQL value for them (e.g. 'unknown' as a"
                + " quoted literal, 0, current_timestamp), or leave empty to leave them (then the migration fails"
                + " if there are any):";
    }
}
