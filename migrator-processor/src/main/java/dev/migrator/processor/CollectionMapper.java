package dev.migrator.processor;

import dev.migrator.model.Column;
import dev.migrator.model.ForeignKey;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * {@code @ElementCollection} to its collection table, as Hibernate 7.1 builds it:
 * {@code <Entity>_<attribute>} (or {@code @CollectionTable}), owner columns
 * {@code <Entity>_<pk>} with a hashed FK to the owner, the element column(s) (basic: named after
 * the attribute; embeddable: its attributes), and a primary key over owner + {@code @OrderColumn}
 * ({@code <attribute>_ORDER}), owner + the map's key columns ({@link MapKeys}), or owner +
 * element columns for a set whose element columns are all NOT NULL; bags have none.
 */
final class CollectionMapper {
    private final Annotations annotations;
    private final ColumnMapper columns;
    private final AssociationMapper associations;
    private final Embeddables embeddables;
    private final Naming naming;
    private final OrderColumns orderColumns;
    private final MapKeys mapKeys;

    CollectionMapper(Annotations annotations, ColumnMapper columns,
            AssociationMapper associations, Embeddables embeddables, Naming naming, MapKeys mapKeys) {
        this.mapKeys = mapKeys;
        this.annotations = annotations;
        this.columns = columns;
        this.associations = associations;
        this.embeddables = embeddables;
        this.naming = naming;
        this.orderColumns = new OrderColumns(annotations, naming);
    }

    void elementCollection(EntityInfo owner, Attribute attribute, Ann annotation, boolean propertyAccess, Fragment fragment) {
        Element element = attribute.element();
        Ann collectionTable = annotations.jpa(element, "CollectionTable").orElse(null);
        TableBuilder table = fragment.table(tableName(owner, attribute, collectionTable));
        fragment.origin(table.name(), attribute.origin(owner.className()));
        List<Column> ownerColumns = ownerColumns(owner, attribute, collectionTable, table, fragment);
        List<Column> keyColumns = new ArrayList<>();
        orderColumns.add(attribute, table, fragment, owner).ifPresent(keyColumns::add);
        TypeMirror elementType = typeArgument(attribute, annotation, CollectionKinds.isMap(attribute.type()) ? 1 : 0);
        if (CollectionKinds.isMap(attribute.type())) {
            annotations.jpa(element, "MapKey").ifPresent(found -> {
                throw new MappingError(element, found.mirror(), Diagnostics.MIG003, "@MapKey on an @ElementCollection");
            });
            keyColumns.addAll(mapKeys.map(owner, attribute, annotation.mirror(), table, fragment, MapKeys.Placement.OWNED));
        }
        int before = table.build().columns().size();
        Attribute elementAttribute = attribute.withType(elementType);
        if (embeddables.isEmbedded(elementAttribute)) {
            for (Attribute leaf : embeddables.flatten(elementAttribute, propertyAccess)) {
                if (annotations.hasJpa(leaf.element(), "ManyToOne") || annotations.hasJpa(leaf.element(), "OneToOne")) {
                    Ann toOne = annotations.jpa(leaf.element(), "ManyToOne").orElseGet(() -> annotations.jpa(leaf.element(), "OneToOne").get());
                    associations.toOne(owner, leaf, toOne, false, table, fragment);
                } else {
                    columns.basic(owner, leaf, table, fragment);
                }
            }
        } else {
            columns.basic(owner, elementAttribute, table, fragment);
        }
        List<Column> elementColumns = table.build().columns().subList(before, table.build().columns().size());
        if (collectionTable != null) {
            new TableConstraints(annotations, naming).apply(element, collectionTable, table);
            table.options(Options.of(collectionTable));
        }
        List<Column> primaryKey = new ArrayList<>(ownerColumns);
        if (!keyColumns.isEmpty()) {
            primaryKey.addAll(keyColumns);
        } else if (CollectionKinds.isSet(attribute.type()) && elementColumns.stream().noneMatch(Column::nullable)) {
            primaryKey.addAll(elementColumns);
        } else {
            return;
        }
        table.primaryKey(ColumnOrder.sorted(primaryKey));
    }

    private Name tableName(EntityInfo owner, Attribute attribute, Ann collectionTable) {
        Name name = collectionTable != null && !collectionTable.string("name").isEmpty()
                ? naming.physical(collectionTable.string("name"))
                : naming.physical(owner.entityName() + "_" + attribute.name());
        // Only @CollectionTable(schema) places it; the owner's schema does not (Hibernate's CollectionBinder).
        return new SchemaPlacement(naming).place(name, attribute.element(), collectionTable);
    }

    /** {@code <Entity>_<pk>} (or {@code @CollectionTable(joinColumns)}), NOT NULL, with the FK to the owner. */
    private List<Column> ownerColumns(EntityInfo owner, Attribute attribute, Ann collectionTable, TableBuilder table,
            Fragment fragment) {
        List<Ann> written = collectionTable == null ? List.of() : collectionTable.annotations("joinColumns");
        List<Column> out = new ArrayList<>();
        List<Name> names = new ArrayList<>();
        for (int i = 0; i < owner.idColumns().size(); i++) {
            IdColumn id = owner.idColumns().get(i);
            String explicit = i < written.size() ? written.get(i).string("name") : "";
            Name logical = explicit.isEmpty() ? naming.name(owner.entityName() + "_" + id.logical().text()) : naming.name(explicit);
            if (explicit.isEmpty() && !logical.quoted() && (id.logical().quoted() || owner.logicalTable().quoted())) {
                logical = logical.forceQuoted();
            }
            Name name = naming.apply(logical);
            Column column = Column.of(name.physical(), id.type()).notNull()
                    .options(Options.of(i < written.size() ? written.get(i) : null));
            table.column(column, name, attribute.name(), attribute.element());
            fragment.origin(table.name(), name, attribute.origin(owner.className()));
            out.add(column);
            names.add(name);
        }
        Ann mode = collectionTable == null ? null : collectionTable.annotation("foreignKey");
        if (mode == null || !mode.enumConstant("value").equals("NO_CONSTRAINT")) {
            Ann foreignKey = namingKey(mode, written);
            String fkName = foreignKey == null || foreignKey.string("name").isEmpty()
                    ? ConstraintNames.foreignKey(table.name(), owner.table(), names)
                    : foreignKey.string("name");
            table.foreignKey(ForeignKey.of(fkName, out.stream().map(Column::name).toList(), owner.table().physical(),
                    owner.idColumns().stream().map(c -> c.physical().physical()).toList())
                    .onDelete(annotations.onDelete(attribute.element()))
                    .options(Options.of(foreignKey)));
        }
        return out;
    }

    /**
     * The {@code @ForeignKey} that names the key and gives its options (Hibernate's
     * {@code CollectionBinder}): the collection table's, unless it has neither name nor definition and
     * exactly one join column is written, whose own {@code foreignKey} then gives both.
     */
    private static Ann namingKey(Ann declared, List<Ann> joinColumns) {
        boolean unnamed = declared != null && declared.string("name").isEmpty()
                && declared.string("foreignKeyDefinition").isEmpty();
        return unnamed && joinColumns.size() == 1 ? joinColumns.get(0).annotation("foreignKey") : declared;
    }

    /** Type argument {@code index} of the collection ({@code targetClass} wins for the element). */
    private static TypeMirror typeArgument(Attribute attribute, Ann annotation, int index) {
        int elementIndex = CollectionKinds.isMap(attribute.type()) ? 1 : 0;
        TypeMirror explicit = annotation.type("targetClass");
        if (index == elementIndex && explicit != null && !explicit.toString().equals("void")) {
            return explicit;
        }
        if (attribute.type() instanceof DeclaredType declared && declared.getTypeArguments().size() > index) {
            return declared.getTypeArguments().get(index);
        }
        throw new MappingError(attribute.element(), annotation.mirror(), Diagnostics.MIG005, attribute.name());
    }
}
