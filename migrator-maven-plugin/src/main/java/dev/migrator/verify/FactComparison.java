package dev.migrator.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Compares Hibernate's facts with the snapshot's and lists every difference, one readable line
 * each, in subject order:
 * <pre>
 * table book: column title: type is varchar(200) in Hibernate, varchar(255) in the snapshot
 * table book: index IDX7f...: only in Hibernate (columns [title])
 * table audit_log: only in the snapshot
 * </pre>
 * A subject missing on one side is reported once, with its attributes; the parts of a missing
 * table are not repeated. Pure function.
 */
public final class FactComparison {
    private FactComparison() {}

    /** The differences, empty when both sides describe the same schema. */
    public static List<String> differences(SchemaFacts hibernate, SchemaFacts snapshot) {
        SortedMap<String, SortedMap<String, String>> theirs = hibernate.subjects();
        SortedMap<String, SortedMap<String, String>> ours = snapshot.subjects();
        TreeSet<String> all = new TreeSet<>(theirs.keySet());
        all.addAll(ours.keySet());
        List<String> out = new ArrayList<>();
        for (String subject : all) {
            SortedMap<String, String> h = theirs.get(subject);
            SortedMap<String, String> s = ours.get(subject);
            if (h == null || s == null) {
                if (!partOfMissingTable(subject, theirs, ours)) {
                    out.add(subject + ": only in " + (h == null ? "the snapshot" : "Hibernate")
                            + describe(h == null ? s : h));
                }
                continue;
            }
            TreeSet<String> attributes = new TreeSet<>(h.keySet());
            attributes.addAll(s.keySet());
            for (String attribute : attributes) {
                String hv = h.getOrDefault(attribute, "(none)");
                String sv = s.getOrDefault(attribute, "(none)");
                if (!hv.equals(sv)) {
                    out.add(subject + ": " + attribute + " is " + hv + " in Hibernate, " + sv + " in the snapshot");
                }
            }
        }
        return out;
    }

    /** Whether {@code subject} is a part ({@code table x: ...}) of a table only one side has. */
    private static boolean partOfMissingTable(String subject, Map<String, ?> theirs, Map<String, ?> ours) {
        int colon = subject.indexOf(": ");
        if (!subject.startsWith("table ") || colon < 0) {
            return false;
        }
        String table = subject.substring(0, colon);
        return !theirs.containsKey(table) || !ours.containsKey(table);
    }

    private static String describe(SortedMap<String, String> attributes) {
        List<String> parts = new ArrayList<>();
        attributes.forEach((name, value) -> {
            if (!value.equals("(none)")) {
                parts.add(name + " " + value);
            }
        });
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}
