package dev.migrator.plugin.command;

import dev.migrator.runner.LoadedMigration;
import dev.migrator.runner.MigrationChain;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names of a new migration, from its number and message: id {@code 0003_add_email_to_user},
 * class {@code V0003_AddEmailToUser}. The slug keeps ASCII letters and digits (accents dropped),
 * everything else separates words; it is cut at a word boundary to stay readable.
 */
record MigrationNames(String id, String className) {
    private static final int MAX_SLUG = 60;
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)_");

    static MigrationNames of(int number, String message) {
        String slug = slug(message);
        String camel = Arrays.stream(slug.split("_"))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining());
        String prefix = String.format(Locale.ROOT, "%04d", number);
        return new MigrationNames(prefix + "_" + slug, "V" + prefix + "_" + camel);
    }

    /** One more than the highest number an id of {@code chain} starts with: the next migration's number. */
    static int nextNumber(MigrationChain chain) {
        int max = 0;
        for (LoadedMigration migration : chain.ordered()) {
            Matcher number = NUMBER.matcher(migration.id());
            if (number.find()) {
                max = Math.max(max, Integer.parseInt(number.group(1)));
            }
        }
        return max + 1;
    }

    static String slug(String message) {
        String ascii = Normalizer.normalize(message == null ? "" : message, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > MAX_SLUG) {
            int cut = slug.lastIndexOf('_', MAX_SLUG);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG);
        }
        return slug.isEmpty() ? "migration" : slug;
    }
}
