package dev.migrator.verify;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A schema as comparable facts: subjects ({@code table book}, {@code table book: column title},
 * {@code table book: foreign key FK1x}, {@code sequence book_SEQ}) each with named attributes
 * ({@code type} → {@code varchar(255)}). Both sides of a verification are described with the same
 * subjects and attributes, so comparing them is comparing two maps. A subject nested in a table
 * is written {@code <table subject>: <part>}; {@link FactComparison} relies on that prefix to
 * report a missing table once instead of once per column.
 *
 * <p>Names are written as the database sees them: a name Hibernate quotes (explicitly quoted, or a
 * keyword of the dialect) in double quotes, any other as is. Sorted, so output is deterministic.
 */
public final class SchemaFacts {
    private final SortedMap<String, SortedMap<String, String>> subjects = new TreeMap<>();

    /** Records {@code subject} (with no attributes yet); returns it, for chaining attributes. */
    public String subject(String subject) {
        subjects.computeIfAbsent(subject, s -> new TreeMap<>());
        return subject;
    }

    /** Records one attribute of {@code subject}; a {@code null} value is recorded as {@code (none)}. */
    public void put(String subject, String attribute, String value) {
        subjects.computeIfAbsent(subject, s -> new TreeMap<>()).put(attribute, value == null ? "(none)" : value);
    }

    /**
     * Records the JPA 3.2 {@code options} of {@code subject}, only when there are some (Hibernate
     * appends nothing for an empty text), so that the report of a model without options is as it was.
     */
    public void putOptions(String subject, String options) {
        if (options != null && !options.isEmpty()) {
            put(subject, "options", options);
        }
    }

    /** Every subject with its attributes, sorted. */
    public SortedMap<String, SortedMap<String, String>> subjects() {
        return Collections.unmodifiableSortedMap(subjects);
    }

    /** The number of tables described. */
    public long tableCount() {
        return subjects.keySet().stream().filter(s -> s.startsWith("table ") && !s.contains(": ")).count();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, SortedMap<String, String>> subject : subjects.entrySet()) {
            out.append(subject.getKey()).append(' ').append(subject.getValue()).append('\n');
        }
        return out.toString();
    }

    /** The subject of a table named {@code name} (already in display form). */
    static String table(String name) {
        return "table " + name;
    }

    /** The subject of a part of a table: {@code table book: column title}. */
    static String part(String table, String part) {
        return table + ": " + part;
    }
}
