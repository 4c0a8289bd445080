package dev.migrator.dialect;

import java.util.Set;
import java.util.TreeSet;

/**
 * The keyword lists Hibernate ORM 7.1 quotes automatically with {@code hibernate.auto_quote_keyword=true},
 * kept as data so that our DDL quotes exactly the names Hibernate's quotes (a quoted name keeps its
 * case, so quoting more or less than Hibernate would create differently named objects).
 *
 * <p>Hibernate's set is {@code org.hibernate.engine.jdbc.env.spi.AnsiSqlKeywords#sql2003()} plus the
 * words the JDBC driver reports through {@link java.sql.DatabaseMetaData#getSQLKeywords()}
 * ({@code Dialect.registerKeywords(DialectResolutionInfo)}), compared case-insensitively. The driver
 * lists below were read from H2 2.3.232 and from pgjdbc 42.7.13 connected to PostgreSQL 14.19 (pgjdbc
 * asks the server's {@code pg_get_keywords()}, minus the SQL:2003 words).
 *
 * <p>Public for {@code migrator-processor}, which must quote names as Hibernate does for the
 * dialect it is told about ({@code -Amigrator.dialect}), because the quoted form enters Hibernate's
 * hashed FK/UK/index names and implicit join-table names: one list, shared with the dialects.
 */
public final class Keywords {
    /** {@code AnsiSqlKeywords.sql2003()} of Hibernate ORM 7.1.10.Final. */
    static final Set<String> ANSI_SQL_2003 = words(
            "add", "all", "allocate", "alter", "and", "any", "are", "array", "as", "asensitive",
            "asymmetric", "at", "atomic", "authorization", "begin", "between", "bigint", "binary", "blob",
            "both", "by", "call", "called", "cascaded", "case", "cast", "char", "character", "check",
            "clob", "close", "collate", "column", "commit", "condition", "connect", "constraint",
            "continue", "corresponding", "create", "cross", "cube", "current", "current_date",
            "current_path", "current_role", "current_time", "current_timestamp", "current_user", "cursor",
            "cycle", "date", "day", "deallocate", "dec", "decimal", "declare", "default", "delete",
            "deref", "describe", "deterministic", "disconnect", "distinct", "do", "double", "drop",
            "dynamic", "each", "element", "else", "elsif", "end", "escape", "except", "exec", "execute",
            "exists", "exit", "external", "false", "fetch", "filter", "float", "for", "foreign", "free",
            "from", "full", "function", "get", "global", "grant", "group", "grouping", "handler", "having",
            "hold", "hour", "identity", "if", "immediate", "in", "indicator", "inner", "inout", "input",
            "insensitive", "insert", "int", "integer", "intersect", "interval", "into", "is", "iterate",
            "join", "language", "large", "lateral", "leading", "leave", "left", "like", "local",
            "localtime", "localtimestamp", "loop", "match", "member", "merge", "method", "minute",
            "modifies", "module", "month", "multiset", "national", "natural", "nchar", "nclob", "new",
            "no", "none", "not", "null", "numeric", "of", "old", "on", "only", "open", "or", "order",
            "out", "outer", "output", "over", "overlaps", "parameter", "partition", "precision", "prepare",
            "primary", "procedure", "range", "reads", "real", "recursive", "ref", "references",
            "referencing", "release", "repeat", "resignal", "result", "return", "returns", "revoke",
            "right", "rollback", "rollup", "row", "rows", "savepoint", "scroll", "search", "second",
            "select", "sensitive", "session_use", "set", "signal", "similar", "smallint", "some",
            "specific", "specifictype", "sql", "sqlexception", "sqlstate", "sqlwarning", "start", "static",
            "submultiset", "symmetric", "system", "system_user", "table", "tablesample", "then", "time",
            "timestamp", "timezone_hour", "timezone_minute", "to", "trailing", "translation", "treat",
            "trigger", "true", "undo", "union", "unique", "unknown", "unnest", "until", "update", "user",
            "using", "value", "values", "varchar", "varying", "when", "whenever", "where", "while",
            "window", "with", "within", "without", "year");

    /** {@code DatabaseMetaData.getSQLKeywords()} of the H2 2.3.232 driver. */
    static final Set<String> H2_DRIVER = words(
            "current_catalog", "current_schema", "groups", "if", "ilike", "key", "limit", "minus",
            "offset", "qualify", "regexp", "rownum", "top", "_rowid_");

    /** {@code DatabaseMetaData.getSQLKeywords()} of pgjdbc 42.7.13 on PostgreSQL 14.19. */
    static final Set<String> POSTGRES_DRIVER = words(
            "abort", "access", "aggregate", "also", "analyse", "analyze", "attach", "backward", "bit",
            "cache", "checkpoint", "class", "cluster", "columns", "comment", "comments", "compression",
            "concurrently", "configuration", "conflict", "connection", "content", "conversion", "copy",
            "cost", "csv", "current_catalog", "current_schema", "database", "delimiter", "delimiters",
            "depends", "detach", "dictionary", "disable", "discard", "do", "document", "enable",
            "encoding", "encrypted", "enum", "event", "exclusive", "explain", "expression", "extension",
            "family", "finalize", "force", "forward", "freeze", "functions", "generated", "greatest",
            "groups", "handler", "header", "if", "ilike", "immutable", "implicit", "import", "include",
            "index", "indexes", "inherit", "inherits", "inline", "instead", "isnull", "label", "leakproof",
            "least", "limit", "listen", "load", "location", "lock", "locked", "logged", "mapping",
            "materialized", "mode", "move", "nfc", "nfd", "nfkc", "nfkd", "nothing", "notify", "notnull",
            "nowait", "off", "offset", "oids", "operator", "owned", "owner", "parallel", "parser",
            "passing", "password", "plans", "policy", "prepared", "procedural", "procedures", "program",
            "publication", "quote", "reassign", "recheck", "refresh", "reindex", "rename", "replace",
            "replica", "reset", "restrict", "returning", "routines", "rule", "schemas", "sequences",
            "server", "setof", "share", "show", "skip", "snapshot", "stable", "standalone", "statistics",
            "stdin", "stdout", "storage", "stored", "strict", "strip", "subscription", "support", "sysid",
            "tables", "tablespace", "temp", "template", "text", "truncate", "trusted", "types",
            "unencrypted", "unlisten", "unlogged", "until", "vacuum", "valid", "validate", "validator",
            "variadic", "verbose", "version", "views", "volatile", "whitespace", "wrapper", "xml",
            "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces",
            "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable", "yes");

    private Keywords() {}

    /**
     * The words Hibernate quotes on the dialect {@code dialect} ({@link Dialect#name()}: {@code "h2"} or
     * {@code "postgresql"}), lower case; {@code null} for any other name.
     */
    public static Set<String> of(String dialect) {
        return switch (dialect) {
            case "h2" -> union(ANSI_SQL_2003, H2_DRIVER);
            case "postgresql" -> union(ANSI_SQL_2003, POSTGRES_DRIVER);
            default -> null;
        };
    }

    /**
     * The words quoted on every supported dialect: the SQL:2003 list plus the words both drivers
     * report ({@code limit}, {@code offset}, ...), lower case. A name outside this set but inside
     * {@link #of} of one dialect is quoted by Hibernate on that dialect only.
     */
    public static Set<String> common() {
        Set<String> both = new TreeSet<>(H2_DRIVER);
        both.retainAll(POSTGRES_DRIVER);
        return union(ANSI_SQL_2003, both);
    }

    /** The lower-case union of the given lists. */
    static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new TreeSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }

    private static Set<String> words(String... words) {
        return Set.of(words);
    }
}
