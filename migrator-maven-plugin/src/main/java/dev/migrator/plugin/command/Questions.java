package dev.migrator.plugin.command;

/**
 * Yes/no questions put to the user, such as {@code Did you rename user.fullname to
 * user.full_name? [y/N]}. In batch mode nobody is asked: {@link #BATCH} answers no, and the
 * command reports what it would have asked instead.
 */
@FunctionalInterface
public interface Questions {
    /** Nobody to ask: every answer is no. */
    Questions BATCH = question -> false;

    /** Asks; {@code true} only for an explicit yes. */
    boolean confirm(String question);
}
