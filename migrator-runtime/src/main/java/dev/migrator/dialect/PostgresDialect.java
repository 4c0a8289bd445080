package dev.migrator.dialect;

import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.TypeKind;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.operation.AlterColumnCheck;
import dev.migrator.operation.AlterColumnType;
import dev.migrator.operation.DropPrimaryKey;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * PostgreSQL, as Hibernate ORM 7.1's {@code org.hibernate.dialect.PostgreSQLDialect} writes it:
 * no {@code tinyint} ({@code smallint}), {@code float4} for single precision, {@code bytea} for all
 * binary types, {@code oid} for LOBs, {@code jsonb}, and enums as {@code varchar} with a column
 * check {@code check ((c in ('A','B')))} in declaration order. {@link TypeKind#TIME_WITH_TIME_ZONE}
 * is {@code time(p)}, because Hibernate maps {@code OffsetTime} to plain {@code time} here (PostgreSQL
 * deprecates {@code timetz}). DDL is transactional. Names longer than 63 bytes are refused: the
 * server would truncate them.
 *
 * <p>Where a statement needs a name PostgreSQL chose itself, it is derived with PostgreSQL's rule:
 * {@code <table>_pkey}, {@code <table>_<columns>_key}, {@code <table>_<column>_check}, clipped to 63
 * bytes as PostgreSQL clips them (exact unless the name collided when it was created, or a column or
 * (for uniques and checks) the table was renamed since: PostgreSQL does not rename constraints with
 * them; the primary key is renamed with its table here).
 */
public final class PostgresDialect extends SqlDialect {
    /** The one instance. */
    public static final PostgresDialect INSTANCE = new PostgresDialect();

    /** {@code PostgreSQLDialect.getMaxVarcharLength()}: longer character columns become {@code text}. */
    static final int MAX_VARCHAR_LENGTH = 10_485_760;

    /** NAMEDATALEN - 1. */
    static final int MAX_IDENTIFIER_BYTES = 63;

    private PostgresDialect() {
        super(new IdentifierQuoter(
                Keywords.of("postgresql"), MAX_IDENTIFIER_BYTES, "PostgreSQL"));
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String literal(String value) {
        if (value != null && value.indexOf('\\') >= 0) {
            // An E'' literal reads backslashes the same way whatever standard_conforming_strings says.
            return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
        }
        return super.literal(value);
    }

    @Override
    public String typeName(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "boolean";
            case TINYINT, SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case REAL -> "float4";
            case DOUBLE -> "float(53)";
            case FLOAT -> Facets.precision(type, 53) <= 24 ? "float4" : "float(" + Facets.precision(type, 53) + ")";
            case NUMERIC -> Facets.numeric(type);
            case CHAR, NCHAR -> "char(" + Facets.length(type) + ")";
            case VARCHAR, NVARCHAR -> Facets.length(type) > MAX_VARCHAR_LENGTH ? "text" : "varchar(" + Facets.length(type) + ")";
            case TEXT -> "text";
            case CLOB, NCLOB, BLOB -> "oid";
            case BINARY, VARBINARY -> "bytea";
            case DATE -> "date";
            case TIME, TIME_WITH_TIME_ZONE -> "time(" + Facets.precision(type, 0) + ")";
            case TIMESTAMP -> "timestamp(" + Facets.precision(type, 6) + ")";
            case TIMESTAMP_WITH_TIME_ZONE -> "timestamp(" + Facets.precision(type, 6) + ") with time zone";
            case INTERVAL_SECOND -> "interval second(" + Objects.requireNonNullElse(type.scale(), 6) + ")";
            case UUID -> "uuid";
            case JSON -> "jsonb";
            case XML -> "xml";
            case ENUM -> "varchar(" + Facets.length(type) + ")";
            case CUSTOM -> type.definition();
        };
    }

    @Override
    List<String> columnConditions(Column column) {
        List<String> conditions = new ArrayList<>();
        if (column.type().kind() == TypeKind.ENUM) {
            conditions.add(enumCondition(column.name(), column.type()));
        }
        conditions.addAll(super.columnConditions(column));
        return conditions;
    }

    @Override
    public List<String> visit(AlterColumnType operation) {
        List<String> statements = new ArrayList<>();
        String checkName = derivedName(operation.table(), operation.column(), "check");
        if (operation.from().kind() == TypeKind.ENUM) {
            statements.add(dropConstraint(operation.table(), checkName));
        }
        statements.addAll(super.visit(operation));
        if (operation.to().kind() == TypeKind.ENUM) {
            statements.add(alterTable(operation.table()) + " add constraint " + quote(checkName) + " check (("
                    + enumCondition(operation.column(), operation.to()) + "))");
        }
        return statements;
    }

    /**
     * {@code using c::T} exactly where PostgreSQL has no assignment cast ({@link TypeChanges}).
     * Booleans convert only from and to {@code integer}, so other numbers go through it.
     */
    @Override
    String using(AlterColumnType operation) {
        if (!TypeChanges.needsUsingOnPostgres(operation.from(), operation.to())) {
            return "";
        }
        String column = quote(operation.column());
        TypeKind from = operation.from().kind();
        TypeKind to = operation.to().kind();
        if (from == TypeKind.BOOLEAN && TypeChanges.family(to) == TypeChanges.Family.NUMBER) {
            return " using " + column + "::integer";
        }
        if (to == TypeKind.BOOLEAN && TypeChanges.family(from) == TypeChanges.Family.NUMBER && from != TypeKind.INTEGER) {
            return " using " + column + "::integer::boolean";
        }
        return " using " + column + "::" + typeName(operation.to());
    }

    @Override
    public List<String> visit(AlterColumnCheck operation) {
        String checkName = derivedName(operation.table(), operation.column(), "check");
        List<String> statements = new ArrayList<>();
        if (operation.from() != null) {
            statements.add(dropConstraint(operation.table(), checkName));
        }
        if (operation.to() != null) {
            statements.add(alterTable(operation.table()) + " add constraint " + quote(checkName) + " check (("
                    + operation.to() + "))");
        }
        return statements;
    }

    /**
     * PostgreSQL keeps a renamed table's {@code <old>_pkey}; Hibernate's DDL for the new name would
     * have {@code <new>_pkey}. Renaming the key's index renames the constraint with it, and
     * {@code if exists} leaves an explicitly named key alone.
     */
    @Override
    public List<String> visit(RenameTable operation) {
        List<String> statements = new ArrayList<>(super.visit(operation));
        String from = objectName(storedName(ownName(operation.from())), null, "pkey");
        String to = objectName(storedName(ownName(operation.to())), null, "pkey");
        // Long names clip to the same key name: then there is nothing to rename. The key's index
        // moved with its table, so it is looked up in the new schema.
        if (!from.equals(to)) {
            statements.add("alter index if exists " + inSchemaOf(operation.to(), exactly(from)) + " rename to "
                    + quote(exactly(to)));
        }
        statements.add(renameDerivedConstraints(operation.to(), operation.from(), null, null));
        return statements;
    }

    /**
     * PostgreSQL names an unnamed unique constraint {@code <table>_<columns>_key} and a column check
     * {@code <table>_<column>_check} when it is created, and keeps those names through renames;
     * Hibernate's DDL for the renamed table or column would give the new names, which later
     * statements derive ({@link #dropUnnamedUnique}, {@link #visit(AlterColumnCheck)}). This one
     * statement, run after the rename, renames every unique and single-column check constraint of
     * {@code table} whose name is exactly the one derived from the old names (so explicitly named
     * constraints and clipped long names are left alone). Every variable part is a literal.
     *
     * @param table the table's name now
     * @param oldTable its name before (the same for a column rename)
     * @param oldColumn the renamed column's name before, {@code null} for a table rename
     * @param newColumn the renamed column's name now, {@code null} for a table rename
     */
    private String renameDerivedConstraints(String table, String oldTable, String oldColumn, String newColumn) {
        String oldColumns = oldColumn == null
                ? "string_agg(a.attname, '_' order by k.ord)"
                : "string_agg(case when a.attname = " + literal(storedName(newColumn)) + " then "
                        + literal(storedName(oldColumn)) + " else a.attname end, '_' order by k.ord)";
        String body = "declare r record; begin for r in select c.conname, "
                + literal(storedName(ownName(oldTable))) + " || '_' || " + oldColumns
                + " || case c.contype when 'c' then '_check' else '_key' end as old_name, "
                + literal(storedName(ownName(table))) + " || '_' || string_agg(a.attname, '_' order by k.ord)"
                + " || case c.contype when 'c' then '_check' else '_key' end as new_name"
                + " from pg_constraint c cross join unnest(c.conkey) with ordinality k(attnum, ord)"
                + " join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum"
                + " where c.conrelid = " + literal(quoteQualified(table)) + "::regclass"
                + " and (c.contype = 'u' or (c.contype = 'c' and cardinality(c.conkey) = 1))"
                + " group by c.conname, c.contype loop"
                + " if r.conname = r.old_name and r.old_name <> r.new_name and octet_length(r.new_name) <= "
                + MAX_IDENTIFIER_BYTES + " then"
                + " execute format('alter table %s rename constraint %I to %I', " + literal(quoteQualified(table))
                + ", r.conname, r.new_name); end if; end loop; end";
        return "do " + literal(body);
    }

    /** Like {@link #visit(RenameTable)}: the column's derived check and unique names follow it ({@link #renameDerivedConstraints}). */
    @Override
    public List<String> visit(RenameColumn operation) {
        List<String> statements = new ArrayList<>(super.visit(operation));
        statements.add(renameDerivedConstraints(operation.table(), operation.table(), operation.from(), operation.to()));
        return statements;
    }

    @Override
    public List<String> visit(DropPrimaryKey operation) {
        String name = operation.primaryKey().name() != null
                ? operation.primaryKey().name()
                : exactly(objectName(storedName(ownName(operation.table())), null, "pkey"));
        return List.of(dropConstraint(operation.table(), name));
    }

    /**
     * PostgreSQL's {@code restart with} takes a constant only, so the identity's sequence (found by
     * {@code pg_get_serial_sequence}: the table as SQL text, the column as stored) is set with
     * {@code setval} to the largest value plus one, not yet called: the next generated value.
     */
    @Override
    List<String> addIdentity(String table, String column) {
        return List.of(alterColumn(table, column) + " add generated by default as identity",
                "select setval(pg_get_serial_sequence(" + literal(quoteQualified(table)) + ", " + literal(storedName(column))
                        + "), coalesce(max(" + quote(column) + "), 0) + 1, false) from " + quoteQualified(table));
    }

    /**
     * {@code alter table ... set schema}; into the default schema through {@code current_schema()}
     * (which {@code set schema} does not accept as an expression, hence the {@code do} block), so
     * the connection's search path decides, as it does for every unqualified name.
     */
    @Override
    String moveToSchema(String table, String schema) {
        if (schema != null) {
            return alterTable(table) + " set schema " + quote(schema);
        }
        return "do " + literal("begin execute format('alter table %s set schema %I', " + literal(quoteQualified(table))
                + ", current_schema()); end");
    }

    @Override
    String dropUnnamedUnique(String table, UniqueConstraint unique) {
        return dropConstraint(table, exactly(objectName(storedName(ownName(table)),
                unique.columns().stream().map(this::storedName).collect(Collectors.joining("_")), "key")));
    }

    private String enumCondition(String column, ColumnType type) {
        return quote(column) + " in (" + type.values().stream().map(this::literal).collect(Collectors.joining(",")) + ")";
    }

    /** A name PostgreSQL derived itself, written back-ticked so that it is always quoted exactly as stored. */
    private String derivedName(String table, String column, String suffix) {
        return exactly(objectName(storedName(ownName(table)), storedName(column), suffix));
    }

    /**
     * PostgreSQL's {@code makeObjectName(name1, name2, label)} (src/backend/commands/indexcmds.c):
     * {@code name1_name2_label}; while too long for 63 bytes, the longer part loses a byte, then each
     * part is clipped back to a whole character ({@code pg_mbcliplen}).
     */
    static String objectName(String name1, String name2, String label) {
        int available = MAX_IDENTIFIER_BYTES - label.length() - 1 - (name2 == null ? 0 : 1);
        int first = bytes(name1);
        int second = name2 == null ? 0 : bytes(name2);
        while (first + second > available) {
            if (first > second) {
                first--;
            } else {
                second--;
            }
        }
        return clip(name1, first) + (name2 == null ? "" : "_" + clip(name2, second)) + "_" + label;
    }

    /** The longest prefix of {@code text} of at most {@code maxBytes} UTF-8 bytes, in whole characters. */
    private static String clip(String text, int maxBytes) {
        int end = 0;
        int used = 0;
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            int size = bytes(text.substring(end, next));
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            end = next;
        }
        return text.substring(0, end);
    }

    private static int bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static String exactly(String storedName) {
        return "`" + storedName + "`";
    }

    /** The name as PostgreSQL stores it: quoted names as written, unquoted ones with ASCII letters lower-cased. */
    String storedName(String identifier) {
        if (quoter().isQuoted(identifier)) {
            return IdentifierQuoter.unwrap(identifier);
        }
        StringBuilder folded = new StringBuilder(identifier.length());
        identifier.chars().forEach(c -> folded.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) c));
        return folded.toString();
    }
}
