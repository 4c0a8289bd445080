package dev.migrator.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One-off values for NOT NULL changes, given up front ({@code migrator.defaults}) so that batch
 * mode can do what interactive mode asks for: {@code table.column=<SQL expression>} entries,
 * comma-separated, physical names, e.g. {@code customer.email='unknown',customer.age=0}.
 *
 * <p>The expression is SQL, written into the migration as given. A comma inside a
 * {@code '...'} literal, a {@code "..."} quoted name or parentheses does not separate entries
 * ({@code customer.tag='a,b',customer.n=coalesce(1, 2)} has two entries); inside a literal a quote
 * is doubled, as in SQL ({@code 'it''s'}). The entry's key ends at its first {@code =}, and its
 * table at the key's last dot. Immutable.
 */
public final class NotNullDefaults {
    /** The user property, also the plugin parameter's name. */
    public static final String PROPERTY = "migrator.defaults";

    /** Nothing given. */
    public static final NotNullDefaults NONE = new NotNullDefaults(Map.of());

    private final Map<String, String> values;

    private NotNullDefaults(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Parses the property; blank or {@code null} gives {@link #NONE}.
     *
     * @throws IllegalArgumentException naming the malformed entry
     */
    public static NotNullDefaults parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        Map<String, String> values = new TreeMap<>();
        for (String entry : entries(spec)) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            int dot = eq < 0 ? -1 : trimmed.lastIndexOf('.', eq);
            String value = eq < 0 ? "" : trimmed.substring(eq + 1).strip();
            if (dot <= 0 || dot >= eq - 1 || value.isEmpty()) {
                throw new IllegalArgumentException(PROPERTY + " entry \"" + trimmed
                        + "\" is not of the form table.column=<SQL expression>, e.g. customer.email='unknown'");
            }
            String key = trimmed.substring(0, dot).strip() + "." + trimmed.substring(dot + 1, eq).strip();
            if (values.put(key, value) != null) {
                throw new IllegalArgumentException(PROPERTY + " gives " + key + " twice");
            }
        }
        return new NotNullDefaults(Collections.unmodifiableMap(values));
    }

    /** These values and {@code value} for {@code table.column} (an answer typed in interactive mode, taken as typed). */
    public NotNullDefaults with(String table, String column, String value) {
        Map<String, String> more = new TreeMap<>(values);
        more.put(table + "." + column, value);
        return new NotNullDefaults(Collections.unmodifiableMap(more));
    }

    /** The value given for {@code table.column}. */
    public Optional<String> of(String table, String column) {
        return Optional.ofNullable(values.get(table + "." + column));
    }

    /** Every {@code table.column} given, sorted. */
    public java.util.Set<String> keys() {
        return values.keySet();
    }

    /** Splits at the commas outside literals, quoted names and parentheses. */
    private static List<String> entries(String spec) {
        List<String> entries = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        int depth = 0;
        for (char c : spec.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote; // a doubled quote closes and reopens: same result
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                entries.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        if (quote != 0) {
            throw new IllegalArgumentException(PROPERTY + " has an unclosed " + quote + " in \"" + current.toString().strip()
                    + "\" (a quote inside a literal is doubled: 'it''s')");
        }
        entries.add(current.toString());
        return entries;
    }
}
