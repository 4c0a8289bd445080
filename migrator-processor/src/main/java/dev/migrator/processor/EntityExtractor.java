package dev.migrator.processor;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import dev.migrator.snapshot.EntitySnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * One entity class to the partial schema it contributes (its {@link EntitySnapshot}): its table
 * with id and basic columns, owned associations (join columns, join tables), sequences and
 * table-level constraints. Reads only the entity and what it references, never other entities'
 * fragments, so that incremental compilation stays correct.
 */
final class EntityExtractor {
    private final Annotations annotations;
    private final AttributeScanner scanner;
    private final EntityCatalog catalog;
    private final Generators generators;
    private final ColumnMapper columns;
    private final AssociationMapper associations;
    private final TableConstraints constraints;
    private final Naming naming;
    private final Embeddables embeddables;
    private final Discriminators discriminators;
    private final CollectionMapper collections;
    private final SecondaryTables secondaryTables;

    EntityExtractor(Annotations annotations, AttributeScanner scanner, EntityCatalog catalog, BasicTypes basicTypes, Types types,
            Naming naming, BeanValidation beanValidation, ConverterValues converterValues, Converters converters) {
        this.annotations = annotations;
        this.scanner = scanner;
        this.catalog = catalog;
        this.naming = naming;
        this.generators = new Generators(annotations, naming);
        this.columns = new ColumnMapper(annotations, basicTypes, naming, types, beanValidation, converterValues, converters);
        MapKeys mapKeys = new MapKeys(annotations, catalog, naming, basicTypes, columns, new Embeddables(annotations, scanner),
                scanner);
        this.associations = new AssociationMapper(annotations, catalog, naming, beanValidation, basicTypes, mapKeys);
        this.constraints = new TableConstraints(annotations, naming);
        this.embeddables = new Embeddables(annotations, scanner);
        this.discriminators = new Discriminators(annotations, catalog, naming, embeddables, associations);
        this.secondaryTables = new SecondaryTables(annotations, naming);
        this.collections = new CollectionMapper(annotations, columns, associations, embeddables, naming, mapKeys);
    }

    /**
     * The fragment of {@code entity}; warnings about what the snapshot may miss go to
     * {@code warnings}. Throws {@link MappingError} for a mapping it cannot express.
     */
    EntitySnapshot extract(TypeElement entity, java.util.function.Consumer<MappingError> warnings) {
        annotations.jpa(entity, "Table").ifPresent(table -> SchemaPlacement.refuseCatalog(entity, table));
        EntityInfo info = catalog.info(entity);
        Hierarchy hierarchy = info.hierarchy();
        Fragment fragment = new Fragment(info, warnings);
        List<Sequence> sequences = new ArrayList<>();
        if (hierarchy.is(Hierarchy.TABLE_PER_CLASS) && Hierarchy.isAbstract(entity)) {
            // An abstract table-per-class entity has no table; its concrete subclasses bring the sequence.
            return new EntitySnapshot(info.className(), naming.option(), Schema.EMPTY, fragment.origins(), naming.dialect(),
                    java.util.Map.of(), naming.implicitOption());
        }
        boolean singleTableSubclass = !hierarchy.isRoot() && hierarchy.is(Hierarchy.SINGLE_TABLE);
        TableBuilder table = fragment.table(info.table());
        if (singleTableSubclass) {
            table.singleTableSubclass();
            inheritColumns(hierarchy, table);
        } else {
            fragment.origin(table.name(), info.className());
            mapId(info, table, fragment, sequences);
        }
        if (!hierarchy.isRoot() && hierarchy.is(Hierarchy.JOINED)) {
            joinedForeignKey(info, table);
        }
        secondaryTables.declare(info, table, fragment);
        mapAttributes(info, table, fragment);
        naturalId(info, table);
        discriminators.contribute(info, fragment);
        constraints.apply(entity, info, table);
        secondaryTables.finish();
        tableExtras(entity, table);
        List<Table> tables = new ArrayList<>(fragment.tables().stream().map(TableBuilder::build).toList());
        tables.addAll(fragment.generatorTables());
        Map<String, String> phases = new java.util.TreeMap<>();
        fragment.tables().forEach(builder -> phases.putAll(builder.phases()));
        return new EntitySnapshot(info.className(), naming.option(), new Schema(tables, sequences), fragment.origins(),
                naming.dialect(), phases, naming.implicitOption());
    }

    /** The qualified name of the root entity of {@code entity}'s inheritance hierarchy (itself when it has none). */
    String hierarchyRoot(TypeElement entity) {
        return catalog.info(entity).hierarchy().root().getQualifiedName().toString();
    }

    /**
     * The element of the attribute at {@code path} ({@code "price.amount"}: the {@code price} attribute)
     * of {@code entity}, or the entity itself when there is none, to report a problem on.
     */
    javax.lang.model.element.Element attributeElement(TypeElement entity, String path) {
        String first = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        return catalog.info(entity).attributes().stream()
                .filter(attribute -> attribute.name().equals(first))
                .map(Attribute::element)
                .findFirst()
                .orElse(entity);
    }

    /**
     * Lets a single-table subclass's table know the columns its superclass entities map, so that a
     * column mapped again is kept or refused as Hibernate does (see {@link TableBuilder#inherit}).
     * A superclass that cannot be mapped reports that on its own; then nothing is inherited.
     */
    private void inheritColumns(Hierarchy hierarchy, TableBuilder table) {
        List<TypeElement> path = hierarchy.path();
        for (int i = 0; i < path.size() - 1; i++) {
            EntityInfo ancestor = catalog.info(path.get(i));
            Fragment scratch = new Fragment(ancestor, warning -> { });
            TableBuilder ancestorTable = scratch.table(ancestor.table());
            try {
                if (i == 0) {
                    mapId(ancestor, ancestorTable, scratch, new ArrayList<>());
                } else {
                    ancestorTable.singleTableSubclass();
                }
                mapAttributes(ancestor, ancestorTable, scratch);
            } catch (MappingError ignored) {
                return;
            }
            table.inherit(ancestorTable);
        }
    }

    private void mapAttributes(EntityInfo info, TableBuilder table, Fragment fragment) {
        boolean propertyAccess = scanner.usesPropertyAccess(info.element());
        for (Attribute attribute : info.attributes()) {
            boolean derivedId = annotations.hasJpa(attribute.element(), "MapsId")
                    || (annotations.hasJpa(attribute.element(), "Id") && (annotations.hasJpa(attribute.element(), "ManyToOne")
                            || annotations.hasJpa(attribute.element(), "OneToOne")));
            if (!derivedId && (annotations.hasJpa(attribute.element(), "Id") || annotations.hasJpa(attribute.element(), "EmbeddedId"))) {
                continue;
            }
            rejectHibernateUnsupported(attribute);
            if (annotations.hibernate(attribute.element(), "Formula").isPresent()) {
                continue; // computed by a SQL formula: no column
            }
            if (embeddables.isEmbedded(attribute)) {
                for (Attribute leaf : embeddables.flatten(attribute, propertyAccess)) {
                    mapAttribute(info, leaf, table, fragment);
                }
            } else {
                mapAttribute(info, attribute, table, fragment);
            }
        }
    }

    private void mapId(EntityInfo info, TableBuilder table, Fragment fragment, List<Sequence> sequences) {
        Hierarchy hierarchy = info.hierarchy();
        boolean generated = info.idColumns().size() == 1 && !(hierarchy.is(Hierarchy.JOINED) && !hierarchy.isRoot())
                && !annotations.hasJpa(info.idColumns().get(0).attribute().element(), "MapsId")
                && !annotations.hasJpa(info.idColumns().get(0).attribute().element(), "ManyToOne")
                && !annotations.hasJpa(info.idColumns().get(0).attribute().element(), "OneToOne");
        EntityInfo root = catalog.info(hierarchy.root());
        List<String> pk = new ArrayList<>();
        List<Ann> keyJoins = joinedKeyColumns(info);
        for (IdColumn id : info.idColumns()) {
            Generators.Generation generation = generated
                    ? generators.of(root, id, scanner.hierarchy(root.element()))
                    : new Generators.Generation(false, null);
            Column column = Column.of(id.physical().physical(), id.type()).notNull().withIdentity(generation.identity());
            column = columns.decorate(id.attribute(), id.physical(), column);
            if (hierarchy.is(Hierarchy.JOINED) && !hierarchy.isRoot()) {
                // A joined subclass's key column takes its options from @PrimaryKeyJoinColumn only, not
                // from the root's @Column (AnnotatedJoinColumn.buildExplicitInheritanceJoinColumn).
                int at = pk.size();
                column = column.options(Options.of(at < keyJoins.size() ? keyJoins.get(at) : null));
            } else if (isToOne(id.attribute())) {
                // A key that is a to-one's join column (@Id or @MapsId) takes that @JoinColumn's options.
                column = column.options(annotations.jpa(id.attribute().element(), "JoinColumn").map(Options::of).orElse(null));
            }
            table.column(column, id.physical(), id.attribute().name(), id.attribute().element(), ColumnBinding.key());
            table.logicalName(id.logical(), column.name());
            fragment.origin(table.name(), id.physical(), id.attribute().origin(info.className()));
            pk.add(column.name());
            if (generation.sequence() != null) {
                sequences.add(generation.sequence());
            }
            if (generation.table() != null) {
                fragment.generatorTable(generation.table());
            }
        }
        table.primaryKey(pk); // already in Hibernate's column order, see EntityCatalog
    }

    private boolean isToOne(Attribute attribute) {
        return annotations.hasJpa(attribute.element(), "ManyToOne") || annotations.hasJpa(attribute.element(), "OneToOne");
    }

    /** A joined subclass's {@code @PrimaryKeyJoinColumn(s)}, in declaration order (empty for any other entity). */
    private List<Ann> joinedKeyColumns(EntityInfo info) {
        List<Ann> written = new ArrayList<>();
        annotations.jpa(info.element(), "PrimaryKeyJoinColumn").ifPresent(written::add);
        annotations.jpa(info.element(), "PrimaryKeyJoinColumns").ifPresent(all -> written.addAll(all.annotations("value")));
        return written;
    }

    /** Hibernate's {@code @NaturalId} attributes together form one unnamed unique constraint. */
    private void naturalId(EntityInfo info, TableBuilder table) {
        List<String> columnNames = new ArrayList<>();
        for (Attribute attribute : info.attributes()) {
            if (annotations.hibernate(attribute.element(), "NaturalId").isPresent()) {
                columnNames.addAll(table.columnsOf(attribute.name()));
            }
        }
        if (!columnNames.isEmpty()) {
            table.unique(new dev.migrator.model.UniqueConstraint(null, columnNames));
        }
    }

    /**
     * A joined subclass's key references its parent's table: {@code FK<hash>} over the key columns,
     * or as the {@code foreignKey} of {@code @PrimaryKeyJoinColumns} (else of the one
     * {@code @PrimaryKeyJoinColumn}) says: its name, its options, or no constraint at all
     * (Hibernate's {@code EntityBinder.handleForeignKeys}).
     */
    private void joinedForeignKey(EntityInfo info, TableBuilder table) {
        Ann declared = annotations.jpa(info.element(), "PrimaryKeyJoinColumns")
                .or(() -> annotations.jpa(info.element(), "PrimaryKeyJoinColumn"))
                .map(join -> join.annotation("foreignKey"))
                .orElse(null);
        if (declared != null && declared.enumConstant("value").equals("NO_CONSTRAINT")) {
            return;
        }
        EntityInfo parent = catalog.info(info.hierarchy().parent());
        List<Name> columnNames = info.idColumns().stream().map(IdColumn::physical).toList();
        String name = declared == null || declared.string("name").isEmpty()
                ? ConstraintNames.foreignKey(info.table(), parent.table(), columnNames)
                : declared.string("name");
        table.foreignKey(dev.migrator.model.ForeignKey.of(
                name,
                columnNames.stream().map(Name::physical).toList(),
                parent.table().physical(),
                parent.idColumns().stream().map(c -> c.physical().physical()).toList()).options(Options.of(declared)));
    }

    private void mapAttribute(EntityInfo info, Attribute attribute, TableBuilder table, Fragment fragment) {
        for (String kind : List.of("ManyToOne", "OneToOne")) {
            Optional<Ann> association = annotations.jpa(attribute.element(), kind);
            if (association.isPresent()) {
                associations.toOne(info, attribute, association.get(), kind.equals("OneToOne"), table, fragment);
                return;
            }
        }
        for (String kind : List.of("OneToMany", "ManyToMany")) {
            Optional<Ann> association = annotations.jpa(attribute.element(), kind);
            if (association.isPresent()) {
                associations.toMany(info, attribute, association.get(), kind.equals("OneToMany"), fragment);
                return;
            }
        }
        Optional<Ann> elementCollection = annotations.jpa(attribute.element(), "ElementCollection");
        if (elementCollection.isPresent()) {
            collections.elementCollection(info, attribute, elementCollection.get(),
                    scanner.usesPropertyAccess(info.element()), fragment);
            return;
        }
        columns.basic(info, attribute, table, fragment);
    }

    /** Hibernate's {@code @Check} and {@code @Comment} on the entity class. */
    private void tableExtras(TypeElement entity, TableBuilder table) {
        annotations.hibernate(entity, "Check").ifPresent(check -> table.check(new CheckConstraint(
                check.string("name").isEmpty() ? null : check.string("name"), check.string("constraints"))));
        annotations.hibernate(entity, "Comment").ifPresent(comment -> table.comment(comment.string("value")));
        annotations.jpa(entity, "Table")
                .map(t -> t.string("comment"))
                .filter(c -> !c.isEmpty())
                .ifPresent(table::comment);
        // JPA 3.2 @Table(options), appended to create table (StandardTableExporter).
        annotations.jpa(entity, "Table").map(Options::of).ifPresent(table::options);
        // JPA 3.2 @Table(check = @CheckConstraint(...)).
        annotations.jpa(entity, "Table").ifPresent(t -> t.annotations("check").forEach(check -> table.check(new CheckConstraint(
                check.string("name").isEmpty() ? null : check.string("name"), check.string("constraint")))));
    }

    /** Hibernate mappings whose DDL the schema model cannot hold yet. */
    private void rejectHibernateUnsupported(Attribute attribute) {
        for (String name : List.of("ColumnTransformer", "JoinFormula", "Any", "ManyToAny")) {
            annotations.hibernate(attribute.element(), name).ifPresent(found -> {
                throw new MappingError(attribute.element(), found.mirror(), Diagnostics.MIG003, "@" + name);
            });
        }
    }
}
