package dev.migrator.processor;

import java.util.Locale;

/**
 * Hibernate's physical naming strategies: {@code standard} (names as written,
 * {@code PhysicalNamingStrategyStandardImpl}) and {@code snake_case}
 * ({@code CamelCaseToUnderscoresNamingStrategy}, Spring Boot's default). Quoted names are never
 * changed by either, exactly as in Hibernate.
 */
enum PhysicalNaming implements OptionValue {
    STANDARD("standard"),
    SNAKE_CASE("snake_case");

    private final String option;

    PhysicalNaming(String option) {
        this.option = option;
    }

    /** The value of {@code -Amigrator.naming}, also written into every fragment. */
    @Override
    public String option() {
        return option;
    }

    Name apply(Name logical) {
        if (this == STANDARD || logical.quoted()) {
            return logical;
        }
        return new Name(snakeCase(logical.text()).toLowerCase(Locale.ROOT), false, false, logical.schema());
    }

    private static String snakeCase(String name) {
        StringBuilder builder = new StringBuilder(name.replace('.', '_'));
        for (int i = 1; i < builder.length() - 1; i++) {
            if (underscoreRequired(builder.charAt(i - 1), builder.charAt(i), builder.charAt(i + 1))) {
                builder.insert(i++, '_');
            }
        }
        return builder.toString();
    }

    private static boolean underscoreRequired(char before, char current, char after) {
        return (Character.isLowerCase(before) || Character.isDigit(before))
                && Character.isUpperCase(current)
                && (Character.isLowerCase(after) || Character.isDigit(after));
    }
}
