package dev.migrator.plugin.command;

/**
 * Questions put to the user: yes/no, such as {@code Did you rename user.fullname to
 * user.full_name? [y/N]}, and one-off values, such as the SQL default for the existing rows of a new
 * NOT NULL column. In batch mode nobody is asked: {@link #BATCH} answers no and gives no value,
 * and the command reports what it would have asked instead.
 */
@FunctionalInterface
public interface Questions {
    /** Nobody to ask: every answer is no. */
    Questions BATCH = question -> false;

    /** Asks; {@code true} only for an explicit yes. */
    boolean confirm(String question);

    /** Asks for a value; the stripped answer, empty when nobody answers or the answer is blank. */
    default String answer(String question) {
        return "";
    }
}
