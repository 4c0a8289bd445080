package dev.migrator.processor;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A constant of an enum that a processor option names ({@code -Amigrator.naming=snake_case}): its
 * value as written in the option, which is also what fragments record.
 */
interface OptionValue {

    /** The option's value naming this constant. */
    String option();

    /** The constant of {@code values} that {@code value} names, or {@code null} when none does. */
    static <E extends OptionValue> E forOption(E[] values, String value) {
        return Arrays.stream(values).filter(v -> v.option().equals(value)).findFirst().orElse(null);
    }

    /** The values an option accepts, for a MIG008 message: {@code "standard, snake_case"}. */
    static String allowed(OptionValue[] values) {
        return Arrays.stream(values).map(OptionValue::option).collect(Collectors.joining(", "));
    }
}
