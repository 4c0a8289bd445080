package dev.migrator.diff;

import dev.migrator.model.Column;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds drop+add pairs that look like renames: a dropped and an added column of the same table, or
 * a dropped and a created table, whose definitions are equal apart from the name. It only reports;
 * guessing would lose data one way (a rename taken for drop+add) or the other.
 */
final class RenameDetector {
    private RenameDetector() {}

    static List<RenameCandidate> candidates(Schema before, Schema after) {
        List<RenameCandidate> found = new ArrayList<>();
        for (Table dropped : before.tables()) {
            if (after.table(dropped.name()).isPresent()) {
                columns(dropped, after.requireTable(dropped.name()), found);
                continue;
            }
            for (Table created : after.tables()) {
                if (before.table(created.name()).isEmpty()
                        && created.columnsByName().equals(dropped.columnsByName())) {
                    found.add(new RenameCandidate(null, dropped.name(), created.name()));
                }
            }
        }
        return found;
    }

    private static void columns(Table before, Table after, List<RenameCandidate> found) {
        for (Column dropped : before.columns()) {
            if (after.column(dropped.name()).isPresent()) {
                continue;
            }
            for (Column added : after.columns()) {
                if (before.column(added.name()).isEmpty() && dropped.withName(added.name()).equals(added)) {
                    found.add(new RenameCandidate(after.name(), dropped.name(), added.name()));
                }
            }
        }
    }
}
