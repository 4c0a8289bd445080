package dev.migrator.processor;

import dev.migrator.dialect.Keywords;
import java.util.Locale;
import java.util.Set;

/**
 * How names are made for one processor run: Hibernate's physical naming strategy
 * ({@code -Amigrator.naming}) and the keyword list of the dialect the names are computed for
 * ({@code -Amigrator.dialect}).
 *
 * <p>The dialect matters because Hibernate, with {@code hibernate.auto_quote_keyword=true}, quotes
 * a name that is a keyword of the <em>dialect</em> (SQL:2003 plus the JDBC driver's words), and the
 * quoted form enters its hashed FK/UK/index names and the implicit names derived from it
 * ({@code "Issue_Label"} for a join table to the PostgreSQL keyword {@code Label}). The word lists
 * are the runtime's {@link Keywords}, shared with the dialects that quote our DDL. Without a
 * dialect, only the words every supported database quotes count ({@link Keywords#common()}).
 */
final class Naming {
    private final PhysicalNaming physical;
    private final String dialect;
    private final Set<String> keywords;
    private final String defaultSchema;
    private final ImplicitNaming implicit;

    private Naming(PhysicalNaming physical, String dialect, Set<String> keywords, String defaultSchema,
            ImplicitNaming implicit) {
        this.physical = physical;
        this.dialect = dialect;
        this.keywords = keywords;
        this.defaultSchema = defaultSchema;
        this.implicit = implicit;
    }

    /**
     * JPA's implicit naming with a physical strategy. {@code dialect}: {@code null} for none; must be
     * a name {@link Keywords#of} knows (see {@link #isKnownDialect}).
     */
    static Naming of(PhysicalNaming physical, String dialect) {
        return new Naming(physical, dialect, dialect == null ? Keywords.common() : Keywords.of(dialect), null,
                ImplicitNaming.JPA);
    }

    /** This naming with another implicit naming strategy ({@code -Amigrator.implicitNaming}). */
    Naming withImplicit(ImplicitNaming implicit) {
        return new Naming(physical, dialect, keywords, defaultSchema, implicit);
    }

    /** The value of {@code -Amigrator.implicitNaming}, written into every fragment. */
    String implicitOption() {
        return implicit.option();
    }

    /**
     * This naming with {@code -Amigrator.defaultSchema} ({@code null} or blank: none), Hibernate's
     * {@code hibernate.default_schema}: the schema of every table and sequence that no annotation
     * places. Hibernate turns the setting into an identifier (keyword and explicit quoting) but
     * applies no physical naming strategy to it ({@code SqlStringGenerationContextImpl}), and
     * neither does this; the default schema spelled out ({@code public}) changes nothing.
     */
    Naming withDefaultSchema(String written) {
        if (written == null || written.isBlank()) {
            return this;
        }
        String schema = name(written.strip()).physical();
        return new Naming(physical, dialect, keywords,
                dev.migrator.model.QualifiedName.isDefaultSchemaName(schema) ? null : schema, implicit);
    }

    /** The schema of tables and sequences no annotation places ({@link #withDefaultSchema}), or {@code null}. */
    String defaultSchema() {
        return defaultSchema;
    }

    /** Whether {@code -Amigrator.dialect} may name {@code dialect}. */
    static boolean isKnownDialect(String dialect) {
        return Keywords.of(dialect) != null;
    }

    /** The value of {@code -Amigrator.naming}, written into every fragment. */
    String option() {
        return physical.option();
    }

    /** The value of {@code -Amigrator.dialect}, written into every fragment, or {@code null}. */
    String dialect() {
        return dialect;
    }

    /**
     * A logical name written in an annotation or derived from Java: {@code `Foo`} and
     * {@code "Foo"} are explicitly quoted, keywords of the dialect are quoted automatically.
     */
    Name name(String written) {
        boolean backticked = written.length() > 1 && written.startsWith("`") && written.endsWith("`");
        boolean doubleQuoted = written.length() > 1 && written.startsWith("\"") && written.endsWith("\"");
        if (backticked || doubleQuoted) {
            return new Name(written.substring(1, written.length() - 1), true, true);
        }
        // Hibernate's reserved words are a case-insensitive set matched against the whole identifier.
        return new Name(written, keywords.contains(written.toLowerCase(Locale.ROOT)), false);
    }

    /** The physical name of a logical one. */
    Name apply(Name logical) {
        return physical.apply(logical);
    }

    /**
     * The physical name of a join table no annotation names ({@code TableBinder#bind}): the implicit
     * strategy's text ({@link ImplicitNaming#joinTableText}) from the two LOGICAL table names, quoted
     * when either of them is (else auto-quoted as a keyword), then physical naming, which leaves a
     * quoted name alone (snake_case gives {@code "user_ReadingList"} for a quoted owner table
     * {@code "user"}). Not placed in a schema: only {@code @JoinTable(schema)} does that.
     */
    Name implicitJoinTable(Name ownerTable, Name targetTable, String attribute) {
        String text = implicit.joinTableText(ownerTable, targetTable, attribute);
        boolean quoted = ownerTable.quoted() || targetTable.quoted();
        return apply(quoted ? new Name(text, true, true) : name(text));
    }

    /** The physical name of a written one: {@code apply(name(written))}. */
    Name physical(String written) {
        return apply(name(written));
    }
}
