package dev.migrator.diff;

/**
 * A drop and an add that look like a rename: the dropped and the added item have the same
 * definition apart from the name. Never applied by the differ; the user confirms it through
 * {@code migrator.renames}. {@code table} is {@code null} for a table rename.
 */
public record RenameCandidate(String table, String from, String to) {

    public boolean isTableRename() {
        return table == null;
    }

    /** The {@code migrator.renames} entry that turns this candidate into a rename. */
    public String renamesEntry() {
        return isTableRename() ? from + "=" + to : table + "." + from + "=" + to;
    }

    /** The question put to the user: {@code Did you rename user.fullname to user.full_name?}. */
    public String question() {
        return isTableRename()
                ? "Did you rename table " + from + " to " + to + "?"
                : "Did you rename " + table + "." + from + " to " + table + "." + to + "?";
    }
}
