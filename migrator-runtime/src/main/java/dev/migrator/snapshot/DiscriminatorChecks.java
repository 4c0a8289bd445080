package dev.migrator.snapshot;

import dev.migrator.model.Column;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unions the {@code col in ('A','B')} checks of a discriminator column contributed by several
 * fragments of one inheritance hierarchy: each subclass only knows the discriminator values on its
 * own path to the root. Values keep first-seen order (the root's comes first in every fragment).
 */
final class DiscriminatorChecks {
    private static final Pattern IN_LIST = Pattern.compile("(.+) in \\((.*)\\)");

    private DiscriminatorChecks() {}

    /** The merged column, or {@code null} when the two columns differ in more than such a check. */
    static Column union(Column first, Column second) {
        if (!first.withNullable(true).check(null).equals(second.withNullable(true).check(null))
                || first.nullable() != second.nullable()) {
            return null;
        }
        if (first.check() == null || second.check() == null) {
            // An abstract root knows no value at all; the other side must be a value list.
            Column withCheck = first.check() == null ? second : first;
            return withCheck.check() != null && IN_LIST.matcher(withCheck.check()).matches() ? withCheck : null;
        }
        Matcher a = IN_LIST.matcher(first.check());
        Matcher b = IN_LIST.matcher(second.check());
        if (!a.matches() || !b.matches() || !a.group(1).equals(b.group(1))) {
            return null;
        }
        List<String> values = new ArrayList<>(Arrays.asList(a.group(2).split(",")));
        for (String value : b.group(2).split(",")) {
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return first.check(a.group(1) + " in (" + String.join(",", values) + ")");
    }
}
