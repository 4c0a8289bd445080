package dev.migrator.verify;

import java.util.List;
import java.util.Locale;

/** The spelling both describers use for names and values, so that equal facts are equal strings. */
final class FactText {
    private FactText() {}

    /** A name as the database sees it: double-quoted when quoted ({@code "user"}), else as is. */
    static String name(String text, boolean quoted) {
        return quoted ? "\"" + text + "\"" : text;
    }

    /**
     * A table's or sequence's name with its schema, {@code sales.orders} ({@code schema} {@code null}:
     * the default schema, named as before). A schema that spells out the default one
     * ({@code public}) is the default schema, as the processor stores it.
     */
    static String qualified(String schema, String name) {
        if (schema == null || dev.migrator.model.QualifiedName.isDefaultSchemaName(schema.replace("\"", "`"))) {
            return name;
        }
        return schema + "." + name;
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** {@code [a, b]}, sorted: for sets of columns whose order carries no meaning. */
    static String sortedList(List<String> items) {
        return items.stream().sorted().toList().toString();
    }

    /** {@code SET_NULL} as {@code set null}; {@code NO_ACTION} and {@code null} (the default) as {@code (none)}. */
    static String enumText(String constant) {
        if (constant == null || constant.equals("NO_ACTION")) {
            return "(none)";
        }
        return constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
