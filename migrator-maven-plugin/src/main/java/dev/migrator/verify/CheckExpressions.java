package dev.migrator.verify;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check constraint text in a comparable form. The one normalization: the values of an
 * {@code in (...)} list are sorted, because Hibernate lists discriminator values in the order the
 * entity classes were registered with it, which no snapshot fragment can know, and the order of an
 * {@code in} list does not change what the constraint allows.
 */
final class CheckExpressions {
    private static final Pattern IN_LIST = Pattern.compile("(?i)(\\bin\\s*\\()([^()]*)(\\))");

    private CheckExpressions() {}

    static String normalize(String expression) {
        if (expression == null) {
            return null;
        }
        Matcher matcher = IN_LIST.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String[] values = matcher.group(2).split(",");
            for (int i = 0; i < values.length; i++) {
                values[i] = values[i].trim();
            }
            Arrays.sort(values);
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + String.join(",", values) + matcher.group(3)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
