package dev.migrator.dialect;

import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.QualifiedName;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.model.TypeKind;
import dev.migrator.operation.AlterColumnCheck;
import dev.migrator.operation.AlterColumnType;
import dev.migrator.operation.DropPrimaryKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * H2 2.x, as Hibernate ORM 7.1's {@code org.hibernate.dialect.H2Dialect} writes it: native
 * {@code enum ('A','B')} with the values sorted (Hibernate's {@code EnumHelper.getSortedEnumeratedValues}),
 * {@code float(24)}/{@code float(53)} for single/double precision, {@code clob}/{@code blob} for LOBs
 * and for character/binary lengths over 1,048,576 ({@code H2Dialect.getMaxVarcharLength()}).
 * DDL commits implicitly. Constraints H2 named itself ({@code CONSTRAINT_<n>}: unnamed uniques,
 * column checks) are dropped by looking their names up when the statement runs.
 */
public final class H2Dialect extends SqlDialect {
    /** The one instance. */
    public static final H2Dialect INSTANCE = new H2Dialect();

    /** {@code H2Dialect.getMaxVarcharLength()}: longer character columns become {@code clob}. */
    static final int MAX_VARCHAR_LENGTH = 1_048_576;

    private H2Dialect() {
        super(new IdentifierQuoter(Keywords.of("h2"), 0, "H2"));
    }

    @Override
    public String name() {
        return "h2";
    }

    /** Hibernate's {@code H2Dialect.generatedAs}: H2 has no {@code stored} keyword, its generated columns are computed. */
    @Override
    String generatedAs(String expression) {
        return " generated always as (" + expression + ")";
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String typeName(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "boolean";
            case TINYINT -> "tinyint";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case REAL -> "float(24)";
            case DOUBLE -> "float(53)";
            case FLOAT -> "float(" + Facets.precision(type, 53) + ")";
            case NUMERIC -> Facets.numeric(type);
            case CHAR, NCHAR -> "char(" + Facets.length(type) + ")";
            case VARCHAR, NVARCHAR -> Facets.length(type) > MAX_VARCHAR_LENGTH ? "clob" : "varchar(" + Facets.length(type) + ")";
            // Hibernate's LONG32VARCHAR falls back to the LOB type on H2.
            case CLOB, NCLOB, TEXT, XML -> "clob";
            case BINARY -> "binary(" + Facets.length(type) + ")";
            case VARBINARY -> Facets.length(type) > MAX_VARCHAR_LENGTH ? "blob" : "varbinary(" + Facets.length(type) + ")";
            case BLOB -> "blob";
            case DATE -> "date";
            case TIME -> "time(" + Facets.precision(type, 0) + ")";
            case TIME_WITH_TIME_ZONE -> "time(" + Facets.precision(type, 0) + ") with time zone";
            case TIMESTAMP -> "timestamp(" + Facets.precision(type, 6) + ")";
            case TIMESTAMP_WITH_TIME_ZONE -> "timestamp(" + Facets.precision(type, 6) + ") with time zone";
            case INTERVAL_SECOND -> "interval second(" + Facets.precision(type, 18) + ","
                    + Objects.requireNonNullElse(type.scale(), 9) + ")";
            case UUID -> "uuid";
            case JSON -> "json";
            case ENUM -> "enum (" + type.values().stream().sorted().map(this::literal).collect(Collectors.joining(",")) + ")";
            case CUSTOM -> type.definition();
        };
    }

    /**
     * H2 has no {@code using}, and its cast makes text a JSON <em>string</em> holding the text; its
     * cast from binary parses the bytes as JSON. So text becomes JSON through {@code varbinary}
     * (the text's UTF-8 bytes), which gives the document the text spells, as PostgreSQL's
     * {@code using c::jsonb} does.
     */
    @Override
    public List<String> visit(AlterColumnType operation) {
        boolean text = switch (operation.from().kind()) {
            case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT -> true;
            default -> false;
        };
        if (!text || operation.to().kind() != TypeKind.JSON) {
            return super.visit(operation);
        }
        List<String> statements = new ArrayList<>();
        statements.add(alterColumn(operation.table(), operation.column()) + " set data type varbinary");
        statements.addAll(super.visit(operation));
        return statements;
    }

    /**
     * H2 looks an unqualified referenced table up in the schema of the table being altered, not in
     * the connection's schema (PostgreSQL uses the search path). A key from a table in another
     * schema to a table in the default schema therefore names the connection's schema, read when
     * the statement runs ({@code execute immediate}, the schema's name quoted with {@code "}
     * doubled), so no schema name is assumed.
     */
    @Override
    String addForeignKey(String table, ForeignKey foreignKey) {
        if (QualifiedName.schemaOf(table) == null || QualifiedName.schemaOf(foreignKey.referencedTable()) != null) {
            return super.addForeignKey(table, foreignKey);
        }
        String statement = addForeignKey(table, foreignKey, MARK + "." + quote(foreignKey.referencedTable()));
        int at = statement.indexOf(MARK);
        return "execute immediate " + literal(statement.substring(0, at) + "\"")
                + " || replace(current_schema, '\"', '\"\"') || " + literal("\"" + statement.substring(at + MARK.length()));
    }

    /** Where the connection's schema goes; NUL never occurs in SQL the dialect writes (the quoter refuses it). */
    private static final String MARK = "\0";

    @Override
    public List<String> visit(DropPrimaryKey operation) {
        return List.of(alterTable(operation.table()) + " drop primary key");
    }

    @Override
    public List<String> visit(AlterColumnCheck operation) {
        List<String> statements = new ArrayList<>();
        if (operation.from() != null) {
            statements.add(dropGenerated(operation.table(), "CHECK", "constraint_column_usage", "count(*) = 1 and max(u.column_name) = "
                    + literal(storedName(operation.column()))));
        }
        if (operation.to() != null) {
            statements.add(alterTable(operation.table()) + " add check ((" + operation.to() + "))");
        }
        return statements;
    }

    /**
     * H2 2.3 makes an existing column an identity column with {@code set generated by default}, and
     * its {@code restart with} takes an expression, evaluated once: the largest value plus one.
     */
    @Override
    List<String> addIdentity(String table, String column) {
        return List.of(alterColumn(table, column) + " set generated by default",
                alterColumn(table, column) + " restart with (select coalesce(max(" + quote(column) + "), 0) + 1 from "
                        + quoteQualified(table) + ")");
    }

    /**
     * H2 2.3 has no {@code alter table ... set schema}, and its {@code rename to} refuses another
     * schema ("Schema name must match"); moving a table keeps its rows only by copying them, which a
     * migration should spell out.
     */
    @Override
    String moveToSchema(String table, String schema) {
        throw new UnsupportedOperationException("H2 cannot move table " + table + " to "
                + (schema == null ? "the default schema" : "schema " + schema)
                + "; create the new table, copy the rows with executeSql (insert into ... select ...), then drop the old one");
    }

    @Override
    String dropUnnamedUnique(String table, UniqueConstraint unique) {
        String columns = unique.columns().stream().map(this::storedName).collect(Collectors.joining(","));
        return dropGenerated(table, "UNIQUE", "key_column_usage",
                "listagg(u.column_name, ',') within group (order by u.ordinal_position) = " + literal(columns));
    }

    /**
     * Drops the constraint H2 named itself ({@code CONSTRAINT_<n>}) that {@code having} picks among
     * the table's constraints of {@code type}: one statement whose name is looked up in
     * INFORMATION_SCHEMA at run time with {@code EXECUTE IMMEDIATE}. Everything variable is a
     * literal, and the name found is quoted with {@code "} doubled. No match fails the statement
     * ("Invalid value null for parameter SQL command"); two matches fail it too.
     */
    private String dropGenerated(String table, String type, String usageView, String having) {
        String lookup = "select tc.constraint_name from information_schema.table_constraints tc join information_schema."
                + usageView + " u on u.constraint_schema = tc.constraint_schema and u.constraint_name = tc.constraint_name"
                + " where tc.table_schema = " + schemaCondition(table) + " and tc.table_name = "
                + literal(storedName(ownName(table)))
                + " and tc.constraint_type = '" + type + "' and left(tc.constraint_name, 11) = 'CONSTRAINT_'"
                + " group by tc.constraint_name having " + having;
        return "execute immediate " + literal(alterTable(table) + " drop constraint \"")
                + " || replace((" + lookup + "), '\"', '\"\"') || '\"'";
    }

    /** The stored name of {@code table}'s schema as a literal, or {@code current_schema} for the default one. */
    private String schemaCondition(String table) {
        String schema = QualifiedName.schemaOf(table);
        return schema == null ? "current_schema" : literal(storedName(schema));
    }

    /** The name as H2 stores it: quoted names as written, unquoted ones in upper case. */
    String storedName(String identifier) {
        return quoter().isQuoted(identifier)
                ? IdentifierQuoter.unwrap(identifier)
                : identifier.toUpperCase(Locale.ENGLISH);
    }
}
