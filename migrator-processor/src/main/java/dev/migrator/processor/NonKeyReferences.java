package dev.migrator.processor;

import dev.migrator.model.ColumnType;
import dev.migrator.model.TypeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Join columns whose {@code referencedColumnName}s name columns of the target other than exactly its
 * primary key ({@code references Country (iso)}, or a pair of basic columns), resolved as Hibernate
 * 7.1 resolves them ({@code BinderHelper#createSyntheticPropertyReference}).
 *
 * <p>One column is referenced through its own attribute. Several are referenced through a synthetic
 * embeddable whose properties Hibernate sorts by name ({@code BinderHelper#makeSyntheticComponentProperty},
 * {@code Component#sortProperties}): the foreign key's columns, the referenced columns and the unique
 * key Hibernate adds follow that order. Hibernate then pairs the i-th WRITTEN join column with the
 * i-th column of that sorted list and copies its length into it
 * ({@code TableBinder#linkJoinColumnWithValueOverridingNameIfImplicit},
 * {@code AnnotatedJoinColumn#overrideFromReferencedColumnIfNecessary}), so join columns written in
 * another order than their attributes' names swap lengths; the types follow that rule here too.
 */
final class NonKeyReferences {
    /** A written {@code @JoinColumn} and the target column it names, typed as Hibernate types the join column. */
    record Reference(Ann joinColumn, IdColumn column) {}

    private static final Set<TypeKind> SIZED = EnumSet.of(TypeKind.VARCHAR, TypeKind.NVARCHAR, TypeKind.CHAR,
            TypeKind.NCHAR, TypeKind.VARBINARY, TypeKind.BINARY);
    private static final Set<TypeKind> VARIABLE = EnumSet.of(TypeKind.VARCHAR, TypeKind.NVARCHAR, TypeKind.VARBINARY);
    private static final List<String> NOT_BASIC = List.of("ManyToOne", "OneToOne", "OneToMany", "ManyToMany",
            "ElementCollection", "Embedded", "EmbeddedId");

    private final Annotations annotations;
    private final Naming naming;
    private final BasicTypes basicTypes;

    NonKeyReferences(Annotations annotations, Naming naming, BasicTypes basicTypes) {
        this.annotations = annotations;
        this.naming = naming;
        this.basicTypes = basicTypes;
    }

    /**
     * The references of the {@code written} join columns in Hibernate's order, or empty when they
     * reference the primary key, when one of them leaves {@code referencedColumnName} out, or when one
     * names no basic column of the target (then the usual primary-key matching reports it).
     */
    List<Reference> resolve(List<Ann> written, EntityInfo target) {
        if (written.isEmpty() || written.stream().anyMatch(w -> w.string("referencedColumnName").isEmpty())) {
            return List.of();
        }
        List<Reference> referenced = new ArrayList<>();
        boolean onlyKeys = true;
        for (Ann joinColumn : written) {
            String name = joinColumn.string("referencedColumnName");
            Optional<IdColumn> key = target.idColumns().stream().filter(id -> names(id, name)).findFirst();
            Optional<IdColumn> column = key.isPresent() ? key : basicColumn(target, name);
            if (column.isEmpty()) {
                return List.of();
            }
            onlyKeys &= key.isPresent();
            referenced.add(new Reference(joinColumn, column.get()));
        }
        if (onlyKeys && referenced.size() == target.idColumns().size()) {
            return List.of();
        }
        referenced.sort(Comparator.comparing(r -> r.column().attribute().name()));
        List<Reference> sized = new ArrayList<>();
        for (Reference reference : referenced) {
            ColumnType source = referenced.get(written.indexOf(reference.joinColumn())).column().type();
            IdColumn column = reference.column();
            sized.add(new Reference(reference.joinColumn(), new IdColumn(column.logical(), column.physical(),
                    lengthOf(column.type(), source), column.attribute())));
        }
        return sized;
    }

    /**
     * {@code type} with the length Hibernate copies from {@code source}: its explicit length when it is a
     * variable-length character or binary column, else none, which leaves the default 255. Other kinds
     * keep their own size (Hibernate copies precision and scale too; not modelled yet).
     */
    private static ColumnType lengthOf(ColumnType type, ColumnType source) {
        if (!SIZED.contains(type.kind()) || type.equals(source)) {
            return type;
        }
        int length = VARIABLE.contains(source.kind()) && source.length() != null ? source.length() : 255;
        return new ColumnType(type.kind(), length, type.precision(), type.scale(), type.values(), type.definition());
    }

    private static boolean names(IdColumn column, String name) {
        return name.equals(column.logical().text()) || name.equals(column.physical().text())
                || name.equals(column.physical().physical());
    }

    /** The basic attribute of {@code target} whose column is called {@code name} (logical or physical). */
    private Optional<IdColumn> basicColumn(EntityInfo target, String name) {
        for (Attribute candidate : target.attributes()) {
            if (NOT_BASIC.stream().anyMatch(kind -> annotations.hasJpa(candidate.element(), kind))) {
                continue;
            }
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
}
