package dev.migrator.model;

import java.util.Objects;

/**
 * The two parts of a table's or sequence's name in the model: {@code "sales.orders"} is table
 * {@code orders} in schema {@code sales}; {@code "orders"} (no schema) lives in the connection's
 * default schema, which is what every name meant before schemas existed, so old migrations and
 * their checksums keep their meaning.
 *
 * <p>The separator is the first {@code .} outside a backticked (explicitly quoted) part, so
 * {@code "`my.schema`.orders"} is table {@code orders} in schema {@code `my.schema`} and
 * {@code "`a.b`"} is one name. Each part keeps the model's conventions (physical name, backticks
 * for explicitly quoted names); a dialect quotes each part on its own. A third part (a catalog) is
 * refused: migrator migrates one database. Immutable.
 *
 * @param schema the schema, {@code null} for the default schema
 * @param name the table's or sequence's own name, never empty
 */
public record QualifiedName(String schema, String name) {

    public QualifiedName {
        if (schema != null) {
            Names.requireName(schema, "schema name");
        }
        Names.requireName(name, "name");
    }

    /**
     * Splits a model name ({@code "sales.orders"}, {@code "orders"}).
     *
     * @throws IllegalArgumentException for an empty part, or for a name with more than two parts
     */
    public static QualifiedName parse(String qualified) {
        Names.requireName(qualified, "name");
        int dot = separator(qualified, 0);
        if (dot < 0) {
            return new QualifiedName(null, qualified);
        }
        String rest = qualified.substring(dot + 1);
        if (separator(rest, 0) >= 0) {
            throw new IllegalArgumentException("the name " + qualified
                    + " has more than a schema and a name; catalogs are not supported (migrator migrates one database)");
        }
        if (dot == 0 || rest.isEmpty()) {
            throw new IllegalArgumentException("the name " + qualified + " has an empty schema or name part");
        }
        return new QualifiedName(qualified.substring(0, dot), rest);
    }

    /** {@code name} in {@code schema} ({@code null} or empty: the default schema). */
    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema == null || schema.isEmpty() ? null : schema, name);
    }

    /** The schema part of a model name, {@code null} for the default schema. */
    public static String schemaOf(String qualified) {
        return parse(qualified).schema();
    }

    /** The own-name part of a model name: {@code orders} for {@code sales.orders}. */
    public static String nameOf(String qualified) {
        return parse(qualified).name();
    }

    /** Whether this name is in the default schema. */
    public boolean isDefaultSchema() {
        return schema == null;
    }

    /** The same own name in another schema ({@code null}: the default schema). */
    public QualifiedName inSchema(String otherSchema) {
        return of(otherSchema, name);
    }

    /** The model's spelling: {@code schema.name}, or {@code name} in the default schema. */
    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }

    /**
     * Whether {@code schema} names the default schema of H2 ({@code PUBLIC}) or PostgreSQL
     * ({@code public}): unquoted in any case, or quoted in one of those two spellings. A table named
     * with it is in the default schema, which always exists, so migrator never creates nor drops it.
     */
    public static boolean isDefaultSchemaName(String schema) {
        return schema.equalsIgnoreCase("public") || schema.equals("`public`") || schema.equals("`PUBLIC`");
    }

    /** Whether two model names are in the same schema. */
    public static boolean sameSchema(String a, String b) {
        return Objects.equals(schemaOf(a), schemaOf(b));
    }

    /** The index of the first {@code .} at or after {@code from} that is outside backticks, or -1. */
    private static int separator(String text, int from) {
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                return i;
            }
        }
        return -1;
    }
}
