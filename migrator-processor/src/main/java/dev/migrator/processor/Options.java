package dev.migrator.processor;

/**
 * The JPA 3.2 {@code options} member of a schema annotation ({@code @Table}, {@code @Index},
 * {@code @ForeignKey}, {@code @JoinColumn}, {@code @SequenceGenerator}, ...): a SQL fragment that
 * Hibernate 7.1 appends, after one space, to the DDL of what the annotation declares. Kept verbatim
 * (SQL by contract, like {@code columnDefinition}); blank means none, as Hibernate tests it.
 */
final class Options {
    private Options() {}

    /** The options of {@code annotation}, or {@code null} when it is absent or declares none. */
    static String of(Ann annotation) {
        if (annotation == null) {
            return null;
        }
        String options = annotation.string("options");
        return options.isBlank() ? null : options;
    }
}
