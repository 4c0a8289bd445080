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
 * ({@code <owner table>_<target table>}, or {@code <owner table>_<attribute>} under Spring's implicit
 * naming: {@link Naming#implicitJoinTable}; primary key only for sets, unique target column for
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
    private final MapKeys mapKeys;
    private final NonKeyReferences nonKeyReferences;

    AssociationMapper(Annotations annotations, EntityCatalog catalog, Naming naming, BeanValidation beanValidation,
            BasicTypes basicTypes, MapKeys mapKeys) {
        this.mapKeys = mapKeys;
        this.beanValidation = beanValidation;
        this.basicTypes = basicTypes;
        this.constraints = new TableConstraints(annotations, naming);
        this.nonKeyReferences = new NonKeyReferences(annotations, naming, basicTypes);
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
        EntityInfo target = target(attribute, association, attribute.type());
        Ann joinTable = joinTableAnnotation(attribute);
        if (joinTable != null) {
            toOneJoinTable(owner, attribute, association, oneToOne, joinTable, target, fragment);
            return;
        }
        List<JoinColumn> joins = referencing(written(attribute), attribute.name(), target, attribute, association,
                fragment);
        boolean id = annotations.hasJpa(attribute.element(), "Id");
        if (annotations.hasJpa(attribute.element(), "MapsId") || annotations.hasJpa(attribute.element(), "Id")) {
            // The join columns are the primary key already (EntityCatalog); only the FK remains.
            foreignKey(toOneForeignKey(attribute, joins), table.name(), target.table(), joins)
                    .map(fk -> fk.onDelete(annotations.onDelete(attribute.element())))
                    .ifPresent(table::foreignKey);
            return;
        }
        boolean unique = oneToOne;
        for (JoinColumn join : joins) {
            boolean written = join.annotation() == null || join.annotation().bool("nullable", true);
            boolean nullable = table.isSingleTableSubclass() ? written : !id && association.bool("optional", true) && written;
            Column column = Column.of(join.name().physical(), join.referenced().type()).withNullable(nullable)
                    .options(Options.of(join.annotation()));
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
        foreignKey(toOneForeignKey(attribute, joins), table.name(), target.table(), joins)
                .map(fk -> fk.onDelete(annotations.onDelete(attribute.element())))
                .ifPresent(table::foreignKey);
    }

    /**
     * Join columns referencing {@code referenced}: one per primary-key column ({@link #joinColumns}), or,
     * when the written {@code @JoinColumn}s name other columns of it ({@link NonKeyReferences}), one per
     * named column, typed after it; then Hibernate makes the named column(s) unique in the referenced
     * table ({@code BinderHelper#referencedProperty}: one column's unique flag, or a unique key over
     * several), which goes into {@code fragment} unless it is {@code null}.
     */
    private List<JoinColumn> referencing(List<Ann> written, String prefix, EntityInfo referenced, Attribute attribute,
            Ann association, Fragment fragment) {
        List<NonKeyReferences.Reference> nonKey = nonKeyReferences.resolve(written, referenced);
        if (nonKey.isEmpty()) {
            return joinColumns(written, prefix, referenced, attribute, association);
        }
        if (fragment != null) {
            fragment.table(referenced.table()).unique(new UniqueConstraint(null,
                    nonKey.stream().map(r -> r.column().physical().physical()).toList()));
        }
        return nonKey.stream()
                .map(r -> new JoinColumn(joinColumnName(r.joinColumn(), prefix, r.column(), referenced.logicalTable()),
                        r.column(), r.joinColumn()))
                .toList();
    }

    /**
     * The join columns of a non-optional to-one that a single-table subclass maps into its root's table
     * and leaves nullable there, so that Hibernate checks them through the discriminator instead
     * ({@code SingleTableSubclass#createConstraints} over properties that are not optional: for a to-one,
     * {@code optional = false} or every {@code @JoinColumn} written {@code nullable = false}, in
     * {@code ToOneBinder#processManyToOneProperty}; a column written {@code nullable = false} is NOT NULL
     * itself and needs no check). Empty for anything else, including to-ones through a join table, whose
     * columns are not in the root's table.
     */
    List<Name> requiredNullableJoinColumns(Attribute attribute) {
        Optional<Ann> association = annotations.jpa(attribute.element(), "ManyToOne")
                .or(() -> annotations.jpa(attribute.element(), "OneToOne"));
        if (association.isEmpty() || !association.get().string("mappedBy").isEmpty()
                || joinTableAnnotation(attribute) != null) {
            return List.of();
        }
        List<Ann> written = written(attribute);
        boolean anyNullable = written.isEmpty() || written.stream().anyMatch(w -> w.bool("nullable", true));
        if (association.get().bool("optional", true) && anyNullable) {
            return List.of();
        }
        EntityInfo target = target(attribute, association.get(), attribute.type());
        return referencing(written, attribute.name(), target, attribute, association.get(), null).stream()
                .filter(join -> join.annotation() == null || join.annotation().bool("nullable", true))
                .map(JoinColumn::name)
                .toList();
    }

    /**
     * A to-one through a {@code @JoinTable}: Hibernate maps the table like a secondary table of the owner
     * ({@code ToOneBinder#handleJoinTable}, {@code EntityBinder#createJoin}): keyed by the owner's id
     * ({@code joinColumns}, implicitly named like the owner's primary-key columns) with a hashed FK to the
     * owner that {@code @JoinTable(foreignKey)} does not name; the {@code inverseJoinColumns} hold the
     * reference like ordinary join columns (NOT NULL when the association is not optional, unique for a
     * one-to-one, FK named only by the attribute's own {@code @JoinColumn(foreignKey)}).
     */
    private void toOneJoinTable(EntityInfo owner, Attribute attribute, Ann association, boolean oneToOne, Ann joinTable,
            EntityInfo target, Fragment fragment) {
        Name tableName = joinTableName(joinTable, owner, target, attribute);
        if (!fragment.joinTable(tableName)) {
            throw new MappingError(attribute.element(), joinTable.mirror(), Diagnostics.MIG020, owner.className(),
                    attribute.name(), tableName.physical(), owner.className());
        }
        TableBuilder table = fragment.table(tableName);
        fragment.origin(table.name(), attribute.origin(owner.className()));
        List<Ann> writtenKeys = joinTable.annotations("joinColumns");
        List<JoinColumn> keys = new ArrayList<>();
        for (int i = 0; i < owner.idColumns().size(); i++) {
            IdColumn id = owner.idColumns().get(i);
            Ann written = writtenKeys.isEmpty() ? null : matching(writtenKeys, id, i, attribute);
            Name name = written == null || written.string("name").isEmpty() ? id.physical()
                    : naming.physical(written.string("name"));
            keys.add(new JoinColumn(name, id, written));
        }
        List<JoinColumn> references = referencing(joinTable.annotations("inverseJoinColumns"), attribute.name(), target,
                attribute, association, fragment);
        for (JoinColumn key : keys) {
            table.column(Column.of(key.name().physical(), key.referenced().type()).notNull(), key.name(), attribute.name(),
                    attribute.element());
            fragment.origin(table.name(), key.name(), attribute.origin(owner.className()));
        }
        table.primaryKey(ColumnOrder.sorted(keys.stream()
                .map(k -> Column.of(k.name().physical(), k.referenced().type()).notNull())
                .toList()));
        boolean optional = association.bool("optional", true);
        for (JoinColumn reference : references) {
            boolean nullable = optional && (reference.annotation() == null || reference.annotation().bool("nullable", true));
            Column column = Column.of(reference.name().physical(), reference.referenced().type()).withNullable(nullable);
            table.column(beanValidation.apply(attribute, reference.name(), column, false), reference.name(),
                    attribute.name(), attribute.element());
            fragment.origin(table.name(), reference.name(), attribute.origin(owner.className()));
        }
        if (oneToOne) {
            table.unique(new UniqueConstraint(null, physical(references)));
        }
        foreignKey(null, table.name(), owner.table(), keys).ifPresent(table::foreignKey);
        foreignKey(null, table.name(), target.table(), references)
                .map(fk -> fk.onDelete(annotations.onDelete(attribute.element())))
                .ifPresent(table::foreignKey);
        constraints.apply(attribute.element(), joinTable, table);
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
            inverseMapKey(owner, attribute, association, target, oneToMany, fragment);
            return;
        }
        List<Ann> joinColumns = written(attribute);
        // A @MapKey (of the id or of any other attribute) adds nothing: the key is read from the target's row.
        if (oneToMany && !joinColumns.isEmpty() && joinTableAnnotation(attribute) == null) {
            joinColumnsInTarget(owner, attribute, association, joinColumns, target, fragment);
            if (mapKeys.hasKeyColumns(attribute)) {
                mapKeys.map(owner, attribute, association.mirror(), fragment.table(target.table()), fragment,
                        MapKeys.Placement.ELSEWHERE);
            }
        } else {
            joinTable(owner, attribute, association, target, oneToMany, fragment);
        }
    }

    /**
     * An inverse map's key (unless {@code @MapKey}): Hibernate still binds it, into the target's table
     * for a {@code @OneToMany}, into the owning side's join table for a {@code @ManyToMany}.
     */
    private void inverseMapKey(EntityInfo owner, Attribute attribute, Ann association, EntityInfo target, boolean oneToMany,
            Fragment fragment) {
        if (!mapKeys.hasKeyColumns(attribute)) {
            return;
        }
        Name table = target.table();
        if (!oneToMany) {
            String mappedBy = association.string("mappedBy");
            Attribute owning = target.attributes().stream().filter(a -> a.name().equals(mappedBy)).findFirst().orElseThrow();
            table = joinTableName(annotations.jpa(owning.element(), "JoinTable").orElse(null), target, owner, owning);
        }
        mapKeys.map(owner, attribute, association.mirror(), fragment.table(table), fragment, MapKeys.Placement.ELSEWHERE);
    }

    /** Unidirectional {@code @OneToMany @JoinColumn}: nullable FK columns in the target's table. */
    private void joinColumnsInTarget(EntityInfo owner, Attribute attribute, Ann association, List<Ann> written,
            EntityInfo target, Fragment fragment) {
        List<JoinColumn> joins = referencing(written, attribute.name(), owner, attribute, association, fragment);
        TableBuilder table = fragment.table(target.table());
        for (JoinColumn join : joins) {
            boolean defines = table.column(Column.of(join.name().physical(), join.referenced().type())
                            .withNullable(join.annotation() == null || join.annotation().bool("nullable", true))
                            .options(Options.of(join.annotation())),
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
        List<JoinColumn> ownerSide = referencing(joinTable == null ? List.of() : joinTable.annotations("joinColumns"),
                ownerSidePrefix(owner, attribute, target), owner, attribute, association, fragment);
        List<JoinColumn> targetSide = referencing(
                joinTable == null ? List.of() : joinTable.annotations("inverseJoinColumns"), attribute.name(), target,
                attribute, association, fragment);
        List<Column> all = new ArrayList<>();
        for (JoinColumn join : concat(ownerSide, targetSide)) {
            Column column = Column.of(join.name().physical(), join.referenced().type()).notNull()
                    .options(Options.of(join.annotation()));
            table.column(column, join.name(), attribute.name(), attribute.element());
            fragment.origin(table.name(), join.name(), attribute.origin(owner.className()));
            all.add(column);
        }
        List<Column> index = new ArrayList<>();
        orderColumns.add(attribute, table, fragment, owner).ifPresent(index::add);
        if (index.isEmpty() && mapKeys.hasKeyColumns(attribute)) {
            index.addAll(mapKeys.map(owner, attribute, association.mirror(), table, fragment, MapKeys.Placement.OWNED));
        }
        if (!index.isEmpty()) {
            List<Column> key = new ArrayList<>(all.subList(0, ownerSide.size()));
            key.addAll(index);
            table.primaryKey(ColumnOrder.sorted(key));
        } else if (CollectionKinds.isSet(attribute.type()) || CollectionKinds.isMap(attribute.type())) {
            // A set, or a map keyed by an attribute of the target (@MapKey): keyed by owner and target.
            table.primaryKey(ColumnOrder.sorted(all));
        }
        if (oneToMany) {
            table.unique(new UniqueConstraint(null, physical(targetSide)));
        }
        JoinTableKeys keys = new JoinTableKeys(joinTable);
        foreignKey(keys.ownerMode(), keys.ownerNamed(), table.name(), owner.table(), ownerSide)
                .map(fk -> fk.onDelete(annotations.onDelete(attribute.element())))
                .ifPresent(table::foreignKey);
        // An element that references non-key columns of the target gets no FK: Hibernate creates property-ref
        // FKs (ManyToOne#createPropertyRefConstraints) for the entities' own to-ones only, not for collection elements.
        boolean elementByKey = joinTable == null
                || nonKeyReferences.resolve(joinTable.annotations("inverseJoinColumns"), target).isEmpty();
        if (elementByKey) {
            foreignKey(keys.inverseMode(), keys.inverseNamed(), table.name(), target.table(), targetSide)
                    .ifPresent(table::foreignKey);
        }
        if (joinTable != null) {
            constraints.apply(attribute.element(), joinTable, table);
            table.options(Options.of(joinTable));
        }
    }

    /** The association's {@code @JoinTable}: the one an {@code @AssociationOverride} gives it, else its own, or {@code null}. */
    private Ann joinTableAnnotation(Attribute attribute) {
        return attribute.joinTableOverride() != null
                ? attribute.joinTableOverride()
                : annotations.jpa(attribute.element(), "JoinTable").orElse(null);
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
                "@JoinColumn(referencedColumnName) naming a column that is neither the primary key nor a basic column"
                        + " of the target (an embedded or join column)");
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
        Name name = joinTable != null && !joinTable.string("name").isEmpty()
                ? naming.physical(joinTable.string("name"))
                : naming.implicitJoinTable(owner.logicalTable(), target.logicalTable(), attribute.name());
        return new SchemaPlacement(naming).place(name, attribute.element(), joinTable);
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
        return foreignKey(foreignKey, foreignKey, table, referencedTable, joins);
    }

    /**
     * The FK Hibernate creates unless {@code mode} says {@code NO_CONSTRAINT}, named (or hashed) and
     * with the options of {@code named}: Hibernate sometimes takes the two from different
     * {@code @ForeignKey}s ({@link JoinTableKeys}).
     */
    private Optional<ForeignKey> foreignKey(Ann mode, Ann foreignKey, Name table, Name referencedTable,
            List<JoinColumn> joins) {
        if (mode != null && mode.enumConstant("value").equals("NO_CONSTRAINT")) {
            return Optional.empty();
        }
        String name = foreignKey == null ? "" : foreignKey.string("name");
        if (name.isEmpty()) {
            name = ConstraintNames.foreignKey(table, referencedTable, joins.stream().map(JoinColumn::name).toList());
        }
        return Optional.of(ForeignKey.of(name, physical(joins), referencedTable.physical(),
                joins.stream().map(j -> j.referenced().physical().physical()).toList()).options(Options.of(foreignKey)));
    }

    /**
     * The {@code @ForeignKey} of a to-one's key, as Hibernate picks it
     * ({@code ToOneBinder#bindForeignKeyNameAndDefinition}): the {@code foreignKey} of the attribute's
     * {@code @JoinColumns} when it has one (the inner join columns' are then ignored, even when only
     * they name one), else the first written join column's.
     */
    private Ann toOneForeignKey(Attribute attribute, List<JoinColumn> joins) {
        if (attribute.joinColumnsOverride().isEmpty()) {
            Optional<Ann> container = annotations.jpa(attribute.element(), "JoinColumns");
            if (container.isPresent()) {
                return container.get().annotation("foreignKey");
            }
        }
        return foreignKeyAnnotation(joins);
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
