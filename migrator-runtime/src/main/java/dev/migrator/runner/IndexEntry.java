package dev.migrator.runner;

import dev.migrator.MigrationIndex;
import dev.migrator.MigrationInfo;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of the migration index ({@value MigrationIndex#RESOURCE}): a migration class name and,
 * when the build wrote them ({@code migrator:index}), its id, parents, checksum and message, so
 * that the runtime knows the migration without loading its class. The format is described in
 * {@link MigrationIndex}. {@code info} is {@code null} for a plain line: the class must be loaded
 * to know the migration.
 */
public record IndexEntry(String className, MigrationInfo info) {
    /** A line with the class name only. */
    public static IndexEntry plain(String className) {
        return new IndexEntry(className, null);
    }

    /** A line with everything {@code info} says (its class name included). */
    public static IndexEntry of(MigrationInfo info) {
        return new IndexEntry(info.className(), info);
    }

    /** Whether the line carries the migration's metadata. */
    public boolean hasMetadata() {
        return info != null;
    }

    /** This entry without its metadata. */
    public IndexEntry withoutMetadata() {
        return plain(className);
    }

    /**
     * The entry of {@code line}, or empty for a blank or comment-only line. A comment that is not
     * well-formed metadata of this format version is an ordinary comment: the line counts as plain
     * (the class is loaded at run time, which is always correct).
     */
    public static Optional<IndexEntry> parse(String line) {
        int hash = line.indexOf('#');
        String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String comment = hash >= 0 ? line.substring(hash + 1).strip() : "";
        return Optional.of(new IndexEntry(name, metadata(name, comment)));
    }

    /** The line: the class name, then (with metadata) the {@code #migrator:1} comment. */
    public String line() {
        if (info == null) {
            return className;
        }
        return className + " #" + MigrationIndex.FORMAT + " id=" + encode(info.id())
                + " parents=" + String.join(",", info.parents().stream().map(IndexEntry::encode).toList())
                + " checksum=" + info.checksum() + " message=" + encode(info.description());
    }

    /**
     * The metadata of {@code comment}, or {@code null} when it is not well-formed metadata of this
     * format. Hand-parsed (no regular expression, no map, no decoding of values that need none):
     * a start-up reads thousands of lines, and this was most of its time.
     */
    private static MigrationInfo metadata(String className, String comment) {
        if (!comment.startsWith(MigrationIndex.FORMAT + " ")) {
            return null;
        }
        String id = null;
        String parents = null;
        String checksum = null;
        String message = null;
        int at = MigrationIndex.FORMAT.length();
        int end = comment.length();
        while (at < end) {
            while (at < end && comment.charAt(at) == ' ') {
                at++;
            }
            int next = comment.indexOf(' ', at);
            if (next < 0) {
                next = end;
            }
            int eq = comment.indexOf('=', at);
            if (eq > at && eq < next) {
                String value = comment.substring(eq + 1, next);
                // As a map would: a field given twice counts with its last value; unknown fields are ignored.
                switch (comment.substring(at, eq)) {
                    case "id" -> id = value;
                    case "parents" -> parents = value;
                    case "checksum" -> checksum = value;
                    case "message" -> message = value;
                    default -> { }
                }
            }
            at = next;
        }
        if (id == null || id.isEmpty() || parents == null || message == null || !isChecksum(checksum)) {
            return null;
        }
        try {
            return new MigrationInfo(decode(id), parents(parents), decode(message), className, checksum);
        } catch (IllegalArgumentException malformedEscape) {
            return null;
        }
    }

    /** 64 lower-case hex digits. */
    private static boolean isChecksum(String value) {
        if (value == null || value.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static List<String> parents(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        if (field.indexOf(',') < 0) {
            return List.of(decode(field));
        }
        List<String> parents = new ArrayList<>();
        for (String parent : field.split(",", -1)) {
            parents.add(decode(parent));
        }
        return parents;
    }

    /** Form-encoding (UTF-8), shared with {@link PrerenderedStatements}. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Form-decoding; a value without {@code %} or {@code +} (most ids) decodes to itself. */
    static String decode(String value) {
        if (value.indexOf('%') < 0 && value.indexOf('+') < 0) {
            return value;
        }
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
