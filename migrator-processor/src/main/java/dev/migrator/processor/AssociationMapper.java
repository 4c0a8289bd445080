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
    private final PhysicalNaming naming;

    AssociationMapper(Annotations annotations, EntityCatalog catalog, PhysicalNaming naming) {
        this.annotations = annotations;
        this.catalog = catalog;
        this.naming = naming;
    }

    void toOne(EntityInfo owner, Attribute attribute, Ann association, boolean oneToOne, TableBuilder table,
            Fragment fragment) {
        if (oneToOne && !association.string("mappedBy").isEmpty()) {
            return;
        }
        annotations.jpa(attribute.element(), "JoinTable").ifPresent(joinTable -> {
            throw new MappingError(attribute.element(), joinTable.mirror(), Diagnostics.MIG003, "@JoinTable on a to-one association");
        });
        EntityInfo target = target(attribute, association, attribute.type());
        Ann joinColumn = annotations.jpa(attribute.element(), "JoinColumn").orElse(null);
        IdColumn referenced = referencedId(target, joinColumn, attribute);
        Name name = joinColumnName(joinColumn, attribute.name(), referenced, target.logicalTable());
        boolean nullable = association.bool("optional", true) && (joinColumn == null || joinColumn.bool("nullable", true));
        table.column(Column.of(name.physical(), referenced.type()).withNullable(nullable), name, attribute.name(),
                attribute.element());
        fragment.origin(table.name(), name, attribute.origin(owner.className()));
        if (oneToOne || (joinColumn != null && joinColumn.bool("unique", false))) {
            table.unique(new UniqueConstraint(null, List.of(name.physical())));
        }
        foreignKey(joinColumn == null ? null : joinColumn.annotation("foreignKey"), table.name(), target.table(), name,
                referenced).ifPresent(table::foreignKey);
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
            return;
        }
        Optional<Ann> joinColumn = annotations.jpa(attribute.element(), "JoinColumn");
        if (oneToMany && joinColumn.isPresent()) {
            joinColumnInTarget(owner, attribute, joinColumn.get(), target, fragment);
        } else {
            joinTable(owner, attribute, target, oneToMany, fragment);
        }
    }

    /** Unidirectional {@code @OneToMany @JoinColumn}: a nullable FK column in the target's table. */
    private void joinColumnInTarget(EntityInfo owner, Attribute attribute, Ann joinColumn, EntityInfo target, Fragment fragment) {
        IdColumn referenced = owner.idColumns().get(0);
        Name name = joinColumnName(joinColumn, attribute.name(), referenced, owner.logicalTable());
        TableBuilder table = fragment.table(target.table());
        table.column(Column.of(name.physical(), referenced.type()).withNullable(joinColumn.bool("nullable", true)), name,
                attribute.name(), attribute.element());
        fragment.origin(table.name(), name, attribute.origin(owner.className()));
        foreignKey(joinColumn.annotation("foreignKey"), target.table(), owner.table(), name, referenced)
                .ifPresent(table::foreignKey);
    }

    private void joinTable(EntityInfo owner, Attribute attribute, EntityInfo target, boolean oneToMany, Fragment fragment) {
        Ann joinTable = annotations.jpa(attribute.element(), "JoinTable").orElse(null);
        TableBuilder table = fragment.table(joinTableName(joinTable, owner, target));
        fragment.origin(table.name(), attribute.origin(owner.className()));
        IdColumn ownerId = owner.idColumns().get(0);
        IdColumn targetId = target.idColumns().get(0);
        Ann ownerJoin = first(joinTable, "joinColumns");
        Ann inverseJoin = first(joinTable, "inverseJoinColumns");
        Name ownerColumn = joinColumnName(ownerJoin, ownerSidePrefix(owner, attribute, target), ownerId, owner.logicalTable());
        Name inverseColumn = joinColumnName(inverseJoin, attribute.name(), targetId, target.logicalTable());
        Column first = Column.of(ownerColumn.physical(), ownerId.type()).notNull();
        Column second = Column.of(inverseColumn.physical(), targetId.type()).notNull();
        table.column(first, ownerColumn, attribute.name(), attribute.element());
        table.column(second, inverseColumn, attribute.name(), attribute.element());
        fragment.origin(table.name(), ownerColumn, attribute.origin(owner.className()));
        fragment.origin(table.name(), inverseColumn, attribute.origin(owner.className()));
        if (CollectionKinds.isSet(attribute.type())) {
            table.primaryKey(ColumnOrder.sorted(List.of(first, second)));
        }
        if (oneToMany) {
            table.unique(new UniqueConstraint(null, List.of(inverseColumn.physical())));
        }
        foreignKey(joinTable == null ? null : joinTable.annotation("foreignKey"), table.name(), owner.table(),
                ownerColumn, ownerId).ifPresent(table::foreignKey);
        foreignKey(joinTable == null ? null : joinTable.annotation("inverseForeignKey"), table.name(), target.table(),
                inverseColumn, targetId).ifPresent(table::foreignKey);
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

    private Name joinTableName(Ann joinTable, EntityInfo owner, EntityInfo target) {
        if (joinTable != null && !joinTable.string("name").isEmpty()) {
            return naming.apply(Name.of(joinTable.string("name")));
        }
        String text = owner.table().text() + "_" + target.table().text();
        boolean quoted = owner.table().quoted() || target.table().quoted();
        return naming.apply(quoted ? new Name(text, true, true) : Name.of(text));
    }

    /**
     * A join column's physical name: explicit, or {@code <prefix>_<referenced logical column>},
     * quoted when the referenced table or column is quoted.
     */
    private Name joinColumnName(Ann joinColumn, String prefix, IdColumn referenced, Name referencedTable) {
        if (joinColumn != null && !joinColumn.string("name").isEmpty()) {
            return naming.apply(Name.of(joinColumn.string("name")));
        }
        Name implicit = Name.of(prefix + "_" + referenced.logical().text());
        if (!implicit.quoted() && (referenced.logical().quoted() || referencedTable.quoted())) {
            implicit = implicit.forceQuoted();
        }
        return naming.apply(implicit);
    }

    /** The FK Hibernate creates, unless {@code @ForeignKey(NO_CONSTRAINT)} says not to. */
    private Optional<ForeignKey> foreignKey(Ann foreignKey, Name table, Name referencedTable, Name column, IdColumn referenced) {
        if (foreignKey != null && foreignKey.enumConstant("value").equals("NO_CONSTRAINT")) {
            return Optional.empty();
        }
        String name = foreignKey == null ? "" : foreignKey.string("name");
        if (name.isEmpty()) {
            name = ConstraintNames.foreignKey(table, referencedTable, List.of(column));
        }
        return Optional.of(ForeignKey.of(name, List.of(column.physical()), referencedTable.physical(),
                List.of(referenced.physical().physical())));
    }

    private IdColumn referencedId(EntityInfo target, Ann joinColumn, Attribute attribute) {
        IdColumn id = target.idColumns().get(0);
        String referenced = joinColumn == null ? "" : joinColumn.string("referencedColumnName");
        if (!referenced.isEmpty() && !referenced.equals(id.logical().text()) && !referenced.equals(id.physical().text())) {
            throw new MappingError(attribute.element(), joinColumn.mirror(), Diagnostics.MIG003,
                    "@JoinColumn(referencedColumnName) naming a column that is not the primary key");
        }
        return id;
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
        if (CollectionKinds.isMap(attribute.type())) {
            throw new MappingError(attribute.element(), association.mirror(), Diagnostics.MIG003, "a Map-valued association");
        }
        if (attribute.type() instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
            return declared.getTypeArguments().get(0);
        }
        throw new MappingError(attribute.element(), association.mirror(), Diagnostics.MIG005, attribute.name());
    }

    private static Ann first(Ann annotation, String member) {
        if (annotation == null) {
            return null;
        }
        List<Ann> all = new ArrayList<>(annotation.annotations(member));
        return all.isEmpty() ? null : all.get(0);
    }
}
