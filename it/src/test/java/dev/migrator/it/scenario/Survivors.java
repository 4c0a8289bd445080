package dev.migrator.it.scenario;

import dev.migrator.model.Column;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns whose values a migration must keep: every column of the old schema that the
 * migration neither drops, re-creates nor fills (a one-off value written into its NULL rows
 * changes them on purpose), followed through table and column renames to its name
 * in the new schema. Renames and drops are read from the migration's {@link OperationLines}, the
 * same lines the scenario's expectations are written in.
 */
public record Survivors(List<Kept> tables) {

    /** One table's kept columns: old table and columns, and their names after the migration. */
    public record Kept(String oldTable, List<String> oldColumns, String newTable, List<String> newColumns) {}

    private static final Pattern RENAME_TABLE = Pattern.compile("rename table (\\S+) -> (\\S+)");
    private static final Pattern RENAME_COLUMN = Pattern.compile("rename column (\\S+)\\.([^.\\s]+) -> (\\S+)");
    private static final Pattern DROP_COLUMN = Pattern.compile("drop column (\\S+)\\.([^.\\s]+)");
    private static final Pattern FILL_COLUMN = Pattern.compile("fill NULL rows of (\\S+)\\.([^.\\s]+) with .*");

    public static Survivors of(Schema before, Schema after, List<String> operationLines) {
        Map<String, String> tableRenames = new HashMap<>();
        Map<String, String> columnRenames = new HashMap<>();
        Set<String> dropped = new HashSet<>();
        for (String line : operationLines) {
            Matcher table = RENAME_TABLE.matcher(line);
            Matcher column = RENAME_COLUMN.matcher(line);
            Matcher drop = DROP_COLUMN.matcher(line);
            Matcher fill = FILL_COLUMN.matcher(line);
            if (table.matches()) {
                tableRenames.put(table.group(1), table.group(2));
            } else if (column.matches()) {
                columnRenames.put(column.group(1) + "." + column.group(2), column.group(3));
            } else if (drop.matches()) {
                dropped.add(drop.group(1) + "." + drop.group(2));
            } else if (fill.matches()) {
                dropped.add(fill.group(1) + "." + fill.group(2));
            }
        }
        List<Kept> kept = new ArrayList<>();
        for (Table old : before.tables()) {
            String newName = tableRenames.getOrDefault(old.name(), old.name());
            Table next = after.table(newName).orElse(null);
            if (next == null) {
                continue;
            }
            List<String> oldColumns = new ArrayList<>();
            List<String> newColumns = new ArrayList<>();
            for (Column column : old.columns()) {
                String renamed = columnRenames.getOrDefault(old.name() + "." + column.name(),
                        columnRenames.getOrDefault(newName + "." + column.name(), column.name()));
                if (next.column(renamed).isPresent() && !dropped.contains(newName + "." + column.name())) {
                    oldColumns.add(column.name());
                    newColumns.add(renamed);
                }
            }
            if (!oldColumns.isEmpty()) {
                kept.add(new Kept(old.name(), oldColumns, newName, newColumns));
            }
        }
        return new Survivors(kept);
    }
}
