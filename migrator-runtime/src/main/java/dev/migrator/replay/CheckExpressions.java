package dev.migrator.replay;

/**
 * Check expressions follow a renamed column, as they do in the database: H2 and PostgreSQL keep a
 * check as a parsed expression over columns, so after {@code alter table t rename column a to b} the
 * check reads {@code b between 0 and 3}, which is also what Hibernate writes for the renamed
 * attribute. Without this the replayed model would keep the old text and every later diff would
 * try to re-create a check that is already right.
 *
 * <p>The expression is SQL text written with physical names: bare identifiers and double-quoted
 * ones, string literals in single quotes. Only whole identifier tokens equal to the old name are
 * replaced (a quoted one by its unquoted text); literals and longer identifiers are left alone. The
 * new name is written quoted only when it is an explicitly quoted (back-ticked) name: a name that
 * needs quoting as a keyword is not recognised, and then the check just differs from Hibernate's
 * text as it did before renames followed.
 */
final class CheckExpressions {
    private CheckExpressions() {}

    /** {@code expression} with every reference to column {@code from} naming {@code to}; {@code null} stays {@code null}. */
    static String renameColumn(String expression, String from, String to) {
        if (expression == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(expression.length());
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            int end;
            if (c == '\'') {
                end = quotedEnd(expression, i, '\'');
                out.append(expression, i, end);
            } else if (c == '"') {
                end = quotedEnd(expression, i, '"');
                String name = expression.substring(i + 1, end - 1).replace("\"\"", "\"");
                out.append(name.equals(unwrap(from)) ? sql(to) : expression.substring(i, end));
            } else if (isIdentifierStart(c)) {
                end = i;
                while (end < expression.length() && isIdentifierPart(expression.charAt(end))) {
                    end++;
                }
                String word = expression.substring(i, end);
                out.append(word.equals(from) ? sql(to) : word);
            } else {
                end = i + 1;
                out.append(c);
            }
            i = end;
        }
        return out.toString();
    }

    /** The index after the closing quote of the quoted text starting at {@code start} (a doubled quote stays inside). */
    private static int quotedEnd(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static String sql(String name) {
        return isBackticked(name) ? "\"" + unwrap(name).replace("\"", "\"\"") + "\"" : name;
    }

    private static boolean isBackticked(String name) {
        return name.length() > 1 && name.startsWith("`") && name.endsWith("`");
    }

    private static String unwrap(String name) {
        return isBackticked(name) ? name.substring(1, name.length() - 1) : name;
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
