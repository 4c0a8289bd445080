package dev.migrator.dialect;

import dev.migrator.model.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The one place where a dialect turns a physical name into SQL text. A name is written as it is
 * (so the database folds its case, exactly as for Hibernate's unquoted names) only when it is a
 * plain identifier that is not a keyword; every other name is double-quoted with embedded
 * {@code "} doubled, which is the whole injection defence: nothing inside a quoted identifier can
 * end it.
 *
 * <p>Quoted are:
 * <ul>
 *   <li>names written {@code `Like This`} (the model's convention for names explicitly quoted in
 *       JPA), without the backticks;
 *   <li>keywords of the dialect ({@link Keywords}), compared case-insensitively, as Hibernate does
 *       with {@code hibernate.auto_quote_keyword=true};
 *   <li>anything that is not a plain identifier: a letter or {@code _} followed by letters, digits
 *       and {@code _} ({@link Character#isLetter}, so unicode letters stay unquoted, as in
 *       Hibernate's DDL).
 * </ul>
 * Immutable and thread-safe.
 */
public final class IdentifierQuoter {
    private final Set<String> keywords;
    private final int maxBytes;
    private final String databaseName;

    /**
     * @param keywords lower-case keywords to quote
     * @param maxBytes the longest identifier the database keeps, in UTF-8 bytes ({@code 0}: no limit);
     *     longer names are refused rather than silently truncated into collisions
     * @param databaseName for messages
     */
    public IdentifierQuoter(Set<String> keywords, int maxBytes, String databaseName) {
        this.keywords = Set.copyOf(keywords);
        this.maxBytes = maxBytes;
        this.databaseName = databaseName;
    }

    /** {@code identifier} as SQL text: as written, or double-quoted (see the class comment). */
    public String quote(String identifier) {
        if (identifier == null || identifier.isEmpty()) {
            throw new IllegalArgumentException("an identifier must not be empty");
        }
        if (isBackticked(identifier)) {
            return quoted(identifier.substring(1, identifier.length() - 1));
        }
        if (isPlain(identifier) && !isKeyword(identifier)) {
            checkLength(identifier);
            return identifier;
        }
        return quoted(identifier);
    }

    /**
     * A table's or sequence's model name as SQL: each part of a {@linkplain QualifiedName qualified}
     * name quoted on its own ({@code sales.orders}, {@code "order"."user"}), so a schema is a
     * separate identifier and a dot inside a backticked part stays inside its quotes.
     */
    public String quoteQualified(String name) {
        QualifiedName parts = QualifiedName.parse(name);
        return parts.isDefaultSchema() ? quote(parts.name()) : quote(parts.schema()) + "." + quote(parts.name());
    }

    /** Whether {@code word} is one of the dialect's keywords (case-insensitive). */
    public boolean isKeyword(String word) {
        return keywords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@link #quote} writes {@code identifier} in double quotes. */
    public boolean isQuoted(String identifier) {
        return quote(identifier).startsWith("\"");
    }

    /** The name without the backticks of an explicitly quoted name; unchanged otherwise. */
    public static String unwrap(String identifier) {
        return isBackticked(identifier) ? identifier.substring(1, identifier.length() - 1) : identifier;
    }

    static boolean isBackticked(String identifier) {
        return identifier.length() > 2 && identifier.startsWith("`") && identifier.endsWith("`");
    }

    static boolean isPlain(String identifier) {
        int first = identifier.codePointAt(0);
        if (!(Character.isLetter(first) || first == '_')) {
            return false;
        }
        return identifier.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    private String quoted(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an identifier must not be empty");
        }
        if (text.indexOf('\0') >= 0) {
            // No database accepts NUL in a name; refusing it here gives a message instead of a driver error.
            throw new IllegalArgumentException("an identifier must not contain the NUL character: "
                    + text.replace("\0", "\\0"));
        }
        checkLength(text);
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private void checkLength(String text) {
        if (maxBytes > 0 && text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            // PostgreSQL would truncate it (NAMEDATALEN), so two long names could silently become one.
            throw new IllegalArgumentException("the name " + text + " is longer than " + databaseName
                    + " allows (" + maxBytes + " bytes in UTF-8); shorten it, e.g. with @Table(name), "
                    + "@Column(name) or an explicit constraint name");
        }
    }
}
