package dev.migrator.processor;

import java.util.Locale;
import java.util.Set;

/**
 * The words Hibernate ORM quotes automatically with {@code hibernate.auto_quote_keyword=true}.
 *
 * <p>Quoting matters to the processor because Hibernate hashes the <em>quoted</em> form of a name
 * into FK/UK/IDX names and quotes implicit join columns that reference a quoted table. Hibernate's
 * set is the ANSI SQL:2003 list plus the JDBC driver's {@code getSQLKeywords()}; the latter differs
 * between databases, so this class uses the ANSI list plus the words both H2 2.3 and PostgreSQL
 * report ({@code limit}, {@code offset}, ...). Words only one database reports ({@code key} on H2,
 * {@code version}/{@code comment}/{@code index}/{@code owner} on PostgreSQL) are not here: a name
 * equal to one of those can get a database-specific constraint name that one snapshot cannot hold.
 * The match is case-insensitive and on the whole identifier, as Hibernate's.
 */
final class ReservedWords {
    private static final Set<String> WORDS = Set.of(
            "add", "all", "allocate", "alter", "and", "any", "are", "array", "as", "asensitive", "asymmetric",
            "at", "atomic", "authorization", "begin", "between", "bigint", "binary", "blob", "both", "by",
            "call", "called", "cascaded", "case", "cast", "char", "character", "check", "clob", "close",
            "collate", "column", "commit", "condition", "connect", "constraint", "continue", "corresponding",
            "create", "cross", "cube", "current", "current_catalog", "current_date", "current_path",
            "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "cursor",
            "cycle", "date", "day", "deallocate", "dec", "decimal", "declare", "default", "delete", "deref",
            "describe", "deterministic", "disconnect", "distinct", "do", "double", "drop", "dynamic", "each",
            "element", "else", "elsif", "end", "escape", "except", "exec", "execute", "exists", "exit",
            "external", "false", "fetch", "filter", "float", "for", "foreign", "free", "from", "full",
            "function", "get", "global", "grant", "group", "grouping", "groups", "handler", "having", "hold",
            "hour", "identity", "if", "ilike", "immediate", "in", "indicator", "inner", "inout", "input",
            "insensitive", "insert", "int", "integer", "intersect", "interval", "into", "is", "iterate",
            "join", "language", "large", "lateral", "leading", "leave", "left", "like", "limit", "local",
            "localtime", "localtimestamp", "loop", "match", "member", "merge", "method", "minute", "modifies",
            "module", "month", "multiset", "national", "natural", "nchar", "nclob", "new", "no", "none", "not",
            "null", "numeric", "of", "offset", "old", "on", "only", "open", "or", "order", "out", "outer",
            "output", "over", "overlaps", "parameter", "partition", "precision", "prepare", "primary",
            "procedure", "range", "reads", "real", "recursive", "ref", "references", "referencing", "release",
            "repeat", "resignal", "result", "return", "returns", "revoke", "right", "rollback", "rollup",
            "row", "rows", "savepoint", "scroll", "search", "second", "select", "sensitive", "session_use",
            "set", "signal", "similar", "smallint", "some", "specific", "specifictype", "sql", "sqlexception",
            "sqlstate", "sqlwarning", "start", "static", "submultiset", "symmetric", "system", "system_user",
            "table", "tablesample", "then", "time", "timestamp", "timezone_hour", "timezone_minute", "to",
            "trailing", "translation", "treat", "trigger", "true", "undo", "union", "unique", "unknown",
            "unnest", "until", "update", "user", "using", "value", "values", "varchar", "varying", "when",
            "whenever", "where", "while", "window", "with", "within", "without", "year");

    private ReservedWords() {}

    static boolean contains(String identifier) {
        return WORDS.contains(identifier.toLowerCase(Locale.ROOT));
    }
}
