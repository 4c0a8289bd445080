package dev.migrator.processor;

import dev.migrator.model.QualifiedName;
import javax.lang.model.element.Element;

/**
 * The schema an annotation places its table or sequence in ({@code @Table}, {@code @SecondaryTable},
 * {@code @JoinTable}, {@code @CollectionTable}, {@code @SequenceGenerator}, {@code @TableGenerator}),
 * as Hibernate places it (decision D4): the {@code schema} member through the physical naming
 * strategy ({@code toPhysicalSchemaName}: snake_case changes it, a quoted or keyword name is quoted
 * and kept), and nothing else — a join or collection table without its own {@code schema} is in the
 * default schema even when its owner's table is not ({@code CollectionBinder} and
 * {@code TableBinder} set a schema only from the annotation), and so is an implicit sequence
 * ({@code <table>_SEQ}: Hibernate passes no schema for it).
 *
 * <p>A schema that spells out the default one ({@code public}) is the default schema: the table is
 * named without it, so the model has one name for one table. A {@code catalog} is a compile error
 * (MIG017): a catalog is another database, and migrator migrates one.
 */
final class SchemaPlacement {
    private final Naming naming;

    SchemaPlacement(Naming naming) {
        this.naming = naming;
    }

    /**
     * The physical schema {@code annotation} names; without one, {@code -Amigrator.defaultSchema}
     * ({@link Naming#defaultSchema()}), else {@code null} for the connection's default schema.
     *
     * @throws MappingError MIG017 when the annotation names a catalog
     */
    String of(Element element, Ann annotation) {
        refuseCatalog(element, annotation);
        String written = annotation.string("schema");
        if (written.isEmpty()) {
            return naming.defaultSchema();
        }
        String physical = naming.physical(written).physical();
        return QualifiedName.isDefaultSchemaName(physical) ? null : physical;
    }

    /**
     * {@code name} in the schema {@code annotation} names ({@code annotation} {@code null}: none, so
     * {@code -Amigrator.defaultSchema} or the connection's default schema).
     */
    Name place(Name name, Element element, Ann annotation) {
        return name.inSchema(annotation == null ? naming.defaultSchema() : of(element, annotation));
    }

    /** @throws MappingError MIG017 when {@code annotation} names a catalog */
    static void refuseCatalog(Element element, Ann annotation) {
        String catalog = annotation.string("catalog");
        if (!catalog.isEmpty()) {
            String simpleName = annotation.mirror().getAnnotationType().asElement().getSimpleName().toString();
            throw new MappingError(element, annotation.mirror(), Diagnostics.MIG017, "@" + simpleName, catalog, catalog);
        }
    }
}
