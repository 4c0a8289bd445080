package dev.migrator.processor;

/**
 * Every error the processor reports, with its stable code. A message says what is wrong and
 * what to do; {@code %s} placeholders are filled in order. Codes are never reused or renumbered:
 * users search for them.
 */
enum Diagnostics {
    MIG001("entity %s has no @Id or @EmbeddedId attribute; annotate its identifier (or one in a @MappedSuperclass)"),
    MIG002("cannot map attribute %s of type %s to a column; annotate it with @Transient, or give it @Convert"
            + " / @Column(columnDefinition) / @JdbcTypeCode"),
    MIG003("%s is not supported by migrator yet; remove it or map the attribute differently (see the README's"
            + " list of supported mappings)"),
    MIG004("the target %s of association %s is not an @Entity; reference an entity class or use targetEntity"),
    MIG005("collection %s does not say its element type; declare it with a type argument (List<Address>) or"
            + " set targetEntity"),
    MIG006("@GeneratedValue(generator = \"%s\") uses @GenericGenerator strategy %s, whose database objects migrator"
            + " cannot know; use @SequenceGenerator, @TableGenerator or GenerationType.IDENTITY/UUID instead"),
    MIG007("%s names column \"%s\", which table %s does not have; use a physical column name of that table"),
    MIG008("unknown value \"%s\" for processor option -Amigrator.%s; use one of %s"),
    MIG009("column %s of table %s is written by two mappings (%s and %s), which Hibernate refuses; add"
            + " insertable = false, updatable = false to the @Column or @JoinColumn of one of them, or give it another name"),
    MIG010("mappedBy = \"%s\" names no attribute of %s; name the owning attribute of the other side"),
    MIG011("wrapper arrays (%s) are not mappable by Hibernate by default; use a primitive array (byte[], char[])"
            + " or a List"),
    MIG012("@Enumerated(STRING) needs an enum type, but attribute %s is %s; remove @Enumerated or change the type"),
    MIG013("association %s has %s join columns but the primary key of %s has %s columns; give one @JoinColumn per"
            + " primary-key column (inside @JoinColumns), each with its referencedColumnName"),
    MIG014("@Column(table = \"%s\") names no @SecondaryTable of %s; declare @SecondaryTable(name = \"%s\") on the"
            + " entity or correct the name"),
    // MIG015 (options the model could not hold) is retired: every JPA 3.2 options member that changes
    // Hibernate's DDL on H2 and PostgreSQL is mapped (@CheckConstraint(options) changes nothing there:
    // Hibernate's H2Dialect and PostgreSQLDialect drop it). The code is not reused.
    // MIG016 (@GeneratedColumn) is retired: generated columns are mapped; the code is not reused.
    MIG017("%s(catalog = \"%s\") places the table or sequence in another catalog, which is another database, but"
            + " migrator migrates one database: remove catalog (use schema for a namespace inside the database) or"
            + " point the connection at database %s"),
    MIG018("auto-applied converters %s and %s both match attribute %s of type %s, which Hibernate refuses (\"Multiple"
            + " auto-apply converters matched\"); choose one with @Convert(converter = %s.class) or remove autoApply"
            + " from the other"),
    MIG019("the key of map %s is entity %s, whose primary key has %s columns, but the map gives %s, which Hibernate"
            + " refuses; write @MapKeyJoinColumns with one named @MapKeyJoinColumn(name = ..., referencedColumnName = ...)"
            + " per primary-key column"),
    MIG020("%s puts to-one association %s in table %s, which entity %s already uses as its table, a secondary table"
            + " or another association's join table; Hibernate refuses that (\"Table with that name ... already"
            + " associated with entity\"), so give each to-one @JoinTable a table of its own"),
    MIG021("column %s of table %s is mapped differently by %s (%s) and %s (%s) in the same binding phase, so"
            + " Hibernate keeps the definition of whichever entity it registers first, which the annotations do not"
            + " determine; map the column once in their common superclass, or give the two attributes distinct"
            + " column names"),
    /** Warnings (1xx): the build goes on, the snapshot may differ from Hibernate's schema. */
    MIG101("Hibernate adds a check constraint listing the values converter %s stores for true and false, found by"
            + " running it; migrator could not evaluate its convertToDatabaseColumn (it evaluates only simple"
            + " return/if/?: code in the same compilation), so the snapshot has no such check. Add it with"
            + " @org.hibernate.annotations.Check(constraints = \"...\") to keep both in step"),
    MIG102("Hibernate adds a check constraint listing the values converter %s stores for the constants of enum %s,"
            + " found by running it; migrator cannot run it, so the snapshot has no such check and a database"
            + " Hibernate created differs by that check. Add the check in a hand-written migration"
            + " (mvn migrator:make -Dmigrator.empty=true) if you need it"),
    MIG999("internal error while processing %s: %s; please report this with the entity source");

    private final String template;

    Diagnostics(String template) {
        this.template = template;
    }

    /** The complete message: code, then the filled template. */
    String format(Object... arguments) {
        return name() + " " + String.format(template, arguments);
    }
}
