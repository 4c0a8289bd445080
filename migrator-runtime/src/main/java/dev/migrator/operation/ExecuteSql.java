package dev.migrator.operation;

import java.util.Objects;

/**
 * Raw SQL, for what the operations cannot express (data changes, database-specific DDL). Runs as
 * written on every dialect. {@code reverseSql} is the SQL that undoes it, or {@code null} when the
 * step is irreversible. Raw SQL does not change the schema model that replay builds.
 */
public record ExecuteSql(String sql, String reverseSql) implements Operation {
    public ExecuteSql {
        Objects.requireNonNull(sql, "sql");
    }

    @Override
    public Operation reverse() {
        if (reverseSql == null) {
            throw new IrreversibleOperationException("the SQL step \"" + abbreviated(sql) + "\" declares no reverse");
        }
        return new ExecuteSql(reverseSql, sql);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    private static String abbreviated(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}
