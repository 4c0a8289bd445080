package dev.migrator.it.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A database schema as a sorted list of self-contained lines ({@code table address: column
 * USER_ID BIGINT(64,0) null}), one per fact. Every line names its table, so comparing two
 * descriptions line by line gives a diff that reads on its own.
 */
public record SchemaDescription(List<String> lines) {

    public SchemaDescription {
        lines = List.copyOf(new TreeSet<>(lines));
    }

    public String text() {
        return String.join("\n", lines) + "\n";
    }

    /**
     * The lines only {@code expected} has (prefixed {@code -}) and the lines only {@code actual}
     * has ({@code +}), in sorted order; empty when the schemas are the same.
     */
    public static String diff(SchemaDescription expected, SchemaDescription actual) {
        TreeSet<String> all = new TreeSet<>(expected.lines);
        all.addAll(actual.lines);
        List<String> out = new ArrayList<>();
        for (String line : all) {
            boolean inExpected = expected.lines.contains(line);
            boolean inActual = actual.lines.contains(line);
            if (inExpected != inActual) {
                out.add((inExpected ? "- " : "+ ") + line);
            }
        }
        return String.join("\n", out);
    }
}
