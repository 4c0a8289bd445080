package dev.migrator.processor;

import dev.migrator.model.Column;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Owned associations to columns and tables, with Hibernate's implicit names
 * ({@code ImplicitNamingStrategyJpaCompliantImpl}) and quoting rules
 * ({@code AnnotatedJoinColumns.buildDefaultColumnName}, {@code TableBinder}): to-one join columns
 * ({@code <attribute>_<referenced pk>}, unique for one-to-one), join tables
 * ({@code <owner table>_<target table>}, primary key only for sets, unique target column for
 * one-to-many) and unidirectional one-to-many join columns in the target's table.
 */
final class AssociationMapper {
    private final Annotations annotations;
    private final EntityCatalog catalog;
    private final Naming naming;
    private final OrderColumns orderColumns;

    private final BeanValidation beanValidation;

    private final BasicTypes basicTypes;
    private final TableConstraints constraints;

    AssociationMapper(Annotations annotations, EntityCatalog catalog, Naming naming, BeanValidation beanValidation,
            BasicTypes basicTypes) {
        this.beanValidation = beanValidation;
        this.basicTypes = basicTypes;
        this.constraints = new TableConstraints(annotations, naming);
        this.annotations = annotations;
        this.catalog = catalog;
        this.naming = naming;
        this.orderColumns = new OrderColumns(annotations, naming);
    }

    /** A join column: its name, the primary-key column it references, and its {@code @JoinColumn} (or {@code null}). */
    private record JoinColumn(Name name, IdColumn referenced, Ann annotation) {}

    void toOne(EntityInfo owner, Attribute attribute, Ann association, boolean oneToOne, TableBuilder table,
            Fragment fragment) {
        if (oneToOne && !association.string("mappedBy").isEmpty()) {
            return;
        }
        for (String unsupported : List.of("PrimaryKeyJoinColumn", "PrimaryKeyJoinColumns")) {
            annotations.jpa(attribute.element(), unsupported).ifPresent(found -> {
                throw new MappingError(attribute.element(), found.mirror(), Diagnostics.MIG003,
                        "@" + unsupported + " on a to-one association (use @MapsId)");
            });
        }
        annotations.jpa(attribute.element(), "JoinTable").ifPresent(joinTable -> {
            throw new MappingError(attribute.element(), joinTable.mirror(), Diagnostics.MIG003, "@JoinTable on a to-one association");
        });
        EntityInfo target = target(attribute, association, attribute.type());
        List<Ann> writtenJoins = written(attribute);
        Optional<IdColumn> nonKey = nonKeyReference(writtenJoins, target);
        List<JoinColumn> joins = nonKey.isPresent()
                ? List.of(new JoinColumn(joinColumnName(writtenJoins.get(0), attribute.name(), nonKey.get(),
                        target.logicalTable()), nonKey.get(), writtenJoins.get(0)))
                : joinColumns(writtenJoins, attribute.name(), target, attribute, association);
        if (nonKey.isPresent()) {
            // Hibernate makes a referenced non-key column unique in the target's table.
            fragment.table(target.table()).unique(new UniqueConstraint(null, List.of(nonKey.get().physical().physical())));
        }
        boolean id = annotations.hasJpa(attribute.element(), "Id");
        if (annotations.hasJpa(attribute.element(), "MapsId") || annotations.hasJpa(attribute.element(), "Id")) {
            // The join columns are the primary key already (EntityCatalog); only the FK remains.
            foreignKey(foreignKeyAnnotation(joins), table.name(), target.table(), joins)
                    .map(fk -> fk.onDelete(annotations.onDelete(attribute.element())))
                    .ifPresent(table::foreignKey);
            return;
        }
        boolean unique = oneToOne;
        for (JoinColumn join : joins) {
            boolean written = join.annotation() == null || join.annotation().bool("nullable", true);
            boolean nullable = table.isSingleTableSubclass() ? written : !id && association.bool("optional", true) && written;
            Column column = Column.of(join.name().physical(), join.referenced().type()).withNullable(nullable);
            column = beanValidation.apply(attribute, join.name(), column, table.isSingleTableSubclass());
            boolean readOnly = join.annotation() != null && !join.annotation().bool("insertable", true)
                    && !join.annotation().bool("updatable", true);
            if (table.column(column, join.name(), attribute.name(), attribute.element(),
                    ColumnBinding.join(attribute, readOnly))) {
                fragment.origin(table.name(), join.name(), attribute.origin(owner.className()));
            }
            unique |= join.annotation() != null && join.annotation().bool("unique", false);
        }
        if (unique && joins.size() == 1) {
            // One column: a flag of the join's own column object, lost when another mapping defines the column.
            table.uniqueColumn(joins.get(0).name().physical(), attribute.name());
        } else if (unique) {
            table.unique(new UniqueConstraint(null, physical(joins)));
        }
        foreignKey(foreignKeyAnnotation(joins), table.name(), target.table(), joins)
                .map(fk -> fk.onDelete(annotations.onDelete(attribute.element())))
                .ifPresent(table::foreignKey);
    }

    void toMany(EntityInfo owner, Attribute attribute, Ann association, boolean oneToMany, Fragment fragment) {
        TypeMirror elementType = elementType(attribute, association);
        EntityInfo target = target(attribute, association, elementType);
        String mappedBy = association.string("mappedBy");
        if (!mappedBy.isEmpty()) {
            boolean known = target.attributes().stream().anyMatch(a -> a.name().equals(mappedBy));
            if (!known) {
                throw new MappingError(attribute.element(), association.mirror(), Diagnostics.MIG010, mappedBy,
                        target.className());
            }
            if (oneToMany && annotations.jpa(attribute.element(), "OrderColumn").isPresent()) {
                // Hibernate keeps an inverse list's @OrderColumn in the target's table, nullable.
                TableBuilder table = fragment.table(target.table());
                orderColumns.add(attribute, table, fragment, owner)
                        .ifPresent(order -> table.column(order.withNullable(true), naming.name(order.name()),
                                attribute.name(), attribute.element(), true));
            }
            return;
        }
        List<Ann> joinColumns = written(attribute);
        annotations.jpa(attribute.element(), "MapKey").ifPresent(mapKey -> {
            String key = mapKey.string("name");
            boolean byId = key.isEmpty() || target.idColumns().stream().anyMatch(id -> id.attribute().name().equals(key));
            if (!byId) {
                throw new MappingError(attribute.element(), mapKey.mirror(), Diagnostics.MIG003,
                        "@MapKey(name) naming an attribute that is not the target's id");
            }
        });
        for (String unsupported : List.of("MapKeyJoinColumns", "MapKeyClass")) {
            annotations.jpa(attribute.element(), unsupported).ifPresent(found -> {
                throw new MappingError(attribute.element(), found.mirror(), Diagnostics.MIG003, "@" + unsupported);
            });
        }
        if (oneToMany && !joinColumns.isEmpty() && joinTableAnnotation(attribute) == null) {
            if (CollectionKinds.isMap(attribute.type())) {
                throw new MappingError(attribute.element(), association.mirror(), Diagnostics.MIG003,
                        "a Map-valued @OneToMany with @JoinColumn");
            }
            joinColumnsInTarget(owner, attribute, association, joinColumns, target, fragment);
        } else {
            joinTable(owner, attribute, association, target, oneToMany, fragment);
        }
    }

    /** Unidirectional {@code @OneToMany @JoinColumn}: nullable FK columns in the target's table. */
    private void joinColumnsInTarget(EntityInfo owner, Attribute attribute, Ann association, List<Ann> written,
            EntityInfo target, Fragment fragment) {
        List<JoinColumn> joins = joinColumns(written, attribute.name(), owner, attribute, association);
        TableBuilder table = fragment.table(target.table());
        for (JoinColumn join : joins) {
            boolean defines = table.column(Column.of(join.name().physical(), join.referenced().type())
                            .withNullable(join.annotation() == null || join.annotation().bool("nullable", true)),
                    join.name(), attribute.name(), attribute.element(), ColumnBinding.collectionKey(attribute));
            if (defines) {
                fragment.origin(table.name(), join.name(), attribute.origin(owner.className()));
            }
        }
        foreignKey(foreignKeyAnnotation(joins), target.table(), owner.table(), joins)
                .map(fk -> fk.onDelete(annotations.onDelete(attribute.element())))
                .ifPresent(table::foreignKey);
        // An @OrderColumn lives in the target's table too, nullable like the join column.
        orderColumns.add(attribute, table, fragment, owner).ifPresent(order -> {
            table.column(order.withNullable(true), naming.name(order.name()), attribute.name(), attribute.element(), true);
            table.bindAs(order.name(), attribute.name(), ColumnBinding.collectionKey(attribute));
        });
    }

    private void joinTable(EntityInfo owner, Attribute attribute, Ann association, EntityInfo target, boolean oneToMany,
            Fragment fragment) {
        Ann joinTable = joinTableAnnotation(attribute);
        TableBuilder table = fragment.table(joinTableName(joinTable, owner, target, attribute));
        fragment.origin(table.name(), attribute.origin(owner.className()));
        List<JoinColumn> ownerSide = joinColumns(joinTable == null ? List.of() : joinTable.annotations("joinColumns"),
                ownerSidePrefix(owner, attribute, target), owner, attribute, association);
        List<JoinColumn> targetSide = joinColumns(
                joinTable == null ? List.of() : joinTable.annotations("inverseJoinColumns"), attribute.name(), target,
                attribute, association);
        List<Column> all = new ArrayList<>();
        for (JoinColumn join : concat(ownerSide, targetSide)) {
            Column column = Column.of(join.name().physical(), join.referenced().type()).notNull();
            table.column(column, join.name(), attribute.name(), attribute.element());
            fragment.origin(table.name(), join.name(), attribute.origin(owner.className()));
            all.add(column);
        }
        Optional<Column> order = orderColumns.add(attribute, table, fragment, owner);
        if (order.isEmpty() && CollectionKinds.isMap(attribute.type())
                && annotations.jpa(attribute.element(), "MapKey").isEmpty()) {
            order = Optional.of(mapKeyColumn(owner, attribute, table, fragment));
        }
        if (order.isPresent()) {
            List<Column> key = new ArrayList<>(all.subList(0, ownerSide.size()));
            key.add(order.get());
            table.primaryKey(ColumnOrder.sorted(key));
        } else if (CollectionKinds.isSet(attribute.type()) || CollectionKinds.isMap(attribute.type())) {
            // A set, or a map keyed by the target's id (@MapKey): keyed by owner and target.
            table.primaryKey(ColumnOrder.sorted(all));
        }
        if (oneToMany) {
            table.unique(new UniqueConstraint(null, physical(targetSide)));
        }
        foreignKey(joinTable == null ? null : joinTable.annotation("foreignKey"), table.name(), owner.table(), ownerSide)
                .map(fk -> fk.onDelete(annotations.onDelete(attribute.element())))
                .ifPresent(table::foreignKey);
        foreignKey(joinTable == null ? null : joinTable.annotation("inverseForeignKey"), table.name(), target.table(),
                targetSide).ifPresent(table::foreignKey);
        if (joinTable != null) {
            constraints.apply(attribute.element(), joinTable, table);
        }
    }

    /** The association's {@code @JoinTable}: the one an {@code @AssociationOverride} gives it, else its own, or {@code null}. */
    private Ann joinTableAnnotation(Attribute attribute) {
        return attribute.joinTableOverride() != null
                ? attribute.joinTableOverride()
                : annotations.jpa(attribute.element(), "JoinTable").orElse(null);
    }

    /** A map's key column: {@code @MapKeyColumn} or {@code <attribute>_KEY}, NOT NULL, typed after the key. */
    private Column mapKeyColumn(EntityInfo owner, Attribute attribute, TableBuilder table, Fragment fragment) {
        TypeMirror keyType = ((DeclaredType) attribute.type()).getTypeArguments().get(0);
        Optional<Column> entityKey = entityMapKey(owner, attribute, keyType, table, fragment);
        if (entityKey.isPresent()) {
            return entityKey.get();
        }
        Ann keyColumn = annotations.jpa(attribute.element(), "MapKeyColumn").orElse(null);
        String written = keyColumn == null ? "" : keyColumn.string("name");
        Name name = naming.physical(written.isEmpty() ? attribute.name() + "_KEY" : written);
        BasicType type = basicTypes.mapKey(attribute.element(), keyType, keyColumn)
                .orElseThrow(() -> new MappingError(attribute.element(), Diagnostics.MIG003, "a map key of type " + keyType));
        Column column = Column.of(name.physical(), type.type()).notNull();
        if (type.check(name.sql()) != null) {
            column = column.check(type.check(name.sql()));
        }
        table.column(column, name, attribute.name(), attribute.element());
        fragment.origin(table.name(), name, attribute.origin(owner.className()));
        return column;
    }

    /**
     * The key column of a map keyed by an entity (a join or collection table's {@code @MapKeyJoinColumn},
     * default name {@code <attribute>_KEY}): NOT NULL, typed after the key entity's id, with Hibernate's
     * hashed FK to the key entity (unless {@code foreignKey} says otherwise). Empty when the key is not
     * an entity.
     */
    Optional<Column> entityMapKey(EntityInfo owner, Attribute attribute, TypeMirror keyType, TableBuilder table,
            Fragment fragment) {
        if (!(keyType instanceof DeclaredType declared) || !catalog.isEntity((TypeElement) declared.asElement())) {
            return Optional.empty();
        }
        EntityInfo key = catalog.info((TypeElement) declared.asElement());
        Ann joinColumn = annotations.jpa(attribute.element(), "MapKeyJoinColumn").orElse(null);
        if (key.idColumns().size() != 1) {
            throw new MappingError(attribute.element(), Diagnostics.MIG003,
                    "a map keyed by entity " + key.className() + ", whose primary key has several columns,");
        }
        IdColumn id = key.idColumns().get(0);
        String written = joinColumn == null ? "" : joinColumn.string("name");
        Name name = naming.physical(written.isEmpty() ? attribute.name() + "_KEY" : written);
        Column column = Column.of(name.physical(), id.type()).notNull();
        table.column(column, name, attribute.name(), attribute.element());
        fragment.origin(table.name(), name, attribute.origin(owner.className()));
        foreignKey(joinColumn == null ? null : joinColumn.annotation("foreignKey"), table.name(), key.table(),
                List.of(new JoinColumn(name, id, joinColumn))).ifPresent(table::foreignKey);
        return Optional.of(column);
    }

    /**
     * The basic column of {@code target} a single {@code @JoinColumn(referencedColumnName)} names when
     * it is not the primary key ({@code references Country (iso)}); empty otherwise.
     */
    private Optional<IdColumn> nonKeyReference(List<Ann> written, EntityInfo target) {
        if (written.size() != 1 || written.get(0).string("referencedColumnName").isEmpty()) {
            return Optional.empty();
        }
        String name = written.get(0).string("referencedColumnName");
        boolean key = target.idColumns().stream().anyMatch(id -> name.equals(id.logical().text())
                || name.equals(id.physical().text()));
        if (key) {
            return Optional.empty();
        }
        for (Attribute candidate : target.attributes()) {
            Ann column = annotations.column(candidate);
            Name logical = ColumnMapper.logicalName(naming, candidate, column);
            Name physical = naming.apply(logical);
            if (name.equals(logical.text()) || name.equals(physical.text())) {
                BasicType type = basicTypes.map(candidate.element(), candidate.type(), column)
                        .orElseThrow(() -> new MappingError(candidate.element(), Diagnostics.MIG002, candidate.name(),
                                candidate.type()));
                return Optional.of(new IdColumn(logical, physical, type.type(), candidate));
            }
        }
        return Optional.empty();
    }

    /** {@code @JoinColumns} or {@code @JoinColumn} on the attribute, in declaration order. */
    private List<Ann> written(Attribute attribute) {
        if (!attribute.joinColumnsOverride().isEmpty()) {
            return attribute.joinColumnsOverride();
        }
        List<Ann> out = new ArrayList<>();
        annotations.jpa(attribute.element(), "JoinColumn").ifPresent(out::add);
        annotations.jpa(attribute.element(), "JoinColumns").ifPresent(all -> out.addAll(all.annotations("value")));
        return out;
    }

    /**
     * One join column per primary-key column of {@code referenced}: written ones matched by
     * {@code referencedColumnName} (or by position), the others named implicitly.
     */
    private List<JoinColumn> joinColumns(List<Ann> written, String prefix, EntityInfo referenced, Attribute attribute,
            Ann association) {
        List<IdColumn> ids = referenced.idColumns();
        if (!written.isEmpty() && written.size() != ids.size()) {
            throw new MappingError(attribute.element(), association.mirror(), Diagnostics.MIG013, attribute.name(),
                    written.size(), referenced.className(), ids.size());
        }
        List<JoinColumn> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            IdColumn id = ids.get(i);
            Ann annotation = written.isEmpty() ? null : matching(written, id, i, attribute);
            out.add(new JoinColumn(joinColumnName(annotation, prefix, id, referenced.logicalTable()), id, annotation));
        }
        return out;
    }

    private static Ann matching(List<Ann> written, IdColumn id, int position, Attribute attribute) {
        boolean byName = written.stream().anyMatch(w -> !w.string("referencedColumnName").isEmpty());
        if (!byName) {
            return written.get(position);
        }
        for (Ann candidate : written) {
            String name = candidate.string("referencedColumnName");
            if (name.equals(id.logical().text()) || name.equals(id.physical().text()) || name.equals(id.physical().physical())) {
                return candidate;
            }
        }
        throw new MappingError(attribute.element(), written.get(0).mirror(), Diagnostics.MIG003,
                "@JoinColumn(referencedColumnName) naming a column that is not the primary key");
    }

    /**
     * The join table's owner-side column prefix: the other side's attribute when the association is
     * bidirectional ({@code employees_id}), else the owner's entity name ({@code Department_id}).
     */
    private String ownerSidePrefix(EntityInfo owner, Attribute attribute, EntityInfo target) {
        for (Attribute candidate : target.attributes()) {
            Optional<Ann> inverse = annotations.jpa(candidate.element(), "ManyToMany");
            if (inverse.isPresent() && inverse.get().string("mappedBy").equals(attribute.name())) {
                return candidate.name();
            }
        }
        return owner.entityName();
    }

    private Name joinTableName(Ann joinTable, EntityInfo owner, EntityInfo target, Attribute attribute) {
        // Only @JoinTable(schema) places it; the owner's schema does not (Hibernate's CollectionBinder).
        return new SchemaPlacement(naming).place(unqualifiedJoinTableName(joinTable, owner, target), attribute.element(),
                joinTable);
    }

    private Name unqualifiedJoinTableName(Ann joinTable, EntityInfo owner, EntityInfo target) {
        if (joinTable != null && !joinTable.string("name").isEmpty()) {
            return naming.physical(joinTable.string("name"));
        }
        // Hibernate joins the two LOGICAL table names (CollectionBinder#handleOwnedManyToMany), quoted
        // when either is; physical naming then runs once on the result and leaves a quoted name alone
        // (snake_case gives "user_ReadingList" for a quoted owner table "user").
        String text = owner.logicalTable().text() + "_" + target.logicalTable().text();
        boolean quoted = owner.logicalTable().quoted() || target.logicalTable().quoted();
        return naming.apply(quoted ? new Name(text, true, true) : naming.name(text));
    }

    /**
     * A join column's physical name: explicit, or {@code <prefix>_<referenced logical column>},
     * quoted when the referenced table or column is quoted.
     */
    private Name joinColumnName(Ann joinColumn, String prefix, IdColumn referenced, Name referencedTable) {
        return naming.apply(JoinColumnNames.logical(naming, joinColumn, prefix, referenced, referencedTable));
    }

    /** The FK Hibernate creates, unless {@code @ForeignKey(NO_CONSTRAINT)} says not to. */
    private Optional<ForeignKey> foreignKey(Ann foreignKey, Name table, Name referencedTable, List<JoinColumn> joins) {
        if (foreignKey != null && foreignKey.enumConstant("value").equals("NO_CONSTRAINT")) {
            return Optional.empty();
        }
        String name = foreignKey == null ? "" : foreignKey.string("name");
        if (name.isEmpty()) {
            name = ConstraintNames.foreignKey(table, referencedTable, joins.stream().map(JoinColumn::name).toList());
        }
        return Optional.of(ForeignKey.of(name, physical(joins), referencedTable.physical(),
                joins.stream().map(j -> j.referenced().physical().physical()).toList()));
    }

    /** The {@code foreignKey} member of the first written join column, if any. */
    private static Ann foreignKeyAnnotation(List<JoinColumn> joins) {
        return joins.stream()
                .filter(j -> j.annotation() != null)
                .map(j -> j.annotation().annotation("foreignKey"))
                .findFirst()
                .orElse(null);
    }

    private static List<String> physical(List<JoinColumn> joins) {
        return joins.stream().map(j -> j.name().physical()).toList();
    }

    private static List<JoinColumn> concat(List<JoinColumn> first, List<JoinColumn> second) {
        List<JoinColumn> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private EntityInfo target(Attribute attribute, Ann association, TypeMirror declared) {
        TypeMirror explicit = association.type("targetEntity");
        TypeMirror type = explicit != null && !explicit.toString().equals("void") ? explicit : declared;
        if (!(type instanceof DeclaredType declaredType) || !catalog.isEntity((TypeElement) declaredType.asElement())) {
            throw new MappingError(attribute.element(), association.mirror(), Diagnostics.MIG004, type, attribute.name());
        }
        return catalog.info((TypeElement) declaredType.asElement());
    }

    private TypeMirror elementType(Attribute attribute, Ann association) {
        TypeMirror explicit = association.type("targetEntity");
        if (explicit != null && !explicit.toString().equals("void")) {
            return explicit;
        }
        int index = CollectionKinds.isMap(attribute.type()) ? 1 : 0;
        if (attribute.type() instanceof DeclaredType declared && declared.getTypeArguments().size() == index + 1) {
            return declared.getTypeArguments().get(index);
        }
        throw new MappingError(attribute.element(), association.mirror(), Diagnostics.MIG005, attribute.name());
    }

}
