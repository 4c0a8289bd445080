package dev.migrator.runner;

import dev.migrator.MigrationIndex;
import dev.migrator.MigrationInfo;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of the migration index ({@value MigrationIndex#RESOURCE}): a migration class name and,
 * when the build wrote them ({@code migrator:index}), its id, parents, checksum and message, so
 * that the runtime knows the migration without loading its class. The format is described in
 * {@link MigrationIndex}. {@code info} is {@code null} for a plain line: the class must be loaded
 * to know the migration.
 */
public record IndexEntry(String className, MigrationInfo info) {
    private static final Pattern CHECKSUM = Pattern.compile("[0-9a-f]{64}");

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

    private static MigrationInfo metadata(String className, String comment) {
        if (!comment.startsWith(MigrationIndex.FORMAT + " ")) {
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        for (String field : comment.substring(MigrationIndex.FORMAT.length()).strip().split(" +")) {
            int eq = field.indexOf('=');
            if (eq > 0) {
                fields.put(field.substring(0, eq), field.substring(eq + 1));
            }
        }
        String id = fields.get("id");
        String parents = fields.get("parents");
        String checksum = fields.get("checksum");
        String message = fields.get("message");
        if (id == null || id.isEmpty() || parents == null || message == null || checksum == null
                || !CHECKSUM.matcher(checksum).matches()) {
            return null;
        }
        try {
            return new MigrationInfo(decode(id), parents(parents), decode(message), className, checksum);
        } catch (IllegalArgumentException malformedEscape) {
            return null;
        }
    }

    private static List<String> parents(String field) {
        List<String> parents = new ArrayList<>();
        if (!field.isEmpty()) {
            for (String parent : field.split(",", -1)) {
                parents.add(decode(parent));
            }
        }
        return parents;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
