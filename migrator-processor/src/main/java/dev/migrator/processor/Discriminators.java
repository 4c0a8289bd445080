package dev.migrator.processor;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * The discriminator column of a single-table (or joined, with {@code @DiscriminatorColumn})
 * hierarchy, as Hibernate 7.1 writes it: {@code DTYPE varchar(31) not null check (DTYPE in (...))},
 * plus, for each concrete single-table subclass, {@code check (DTYPE <> 'Sub' or (col is not null))}
 * for the nullable columns of its required attributes (primitives, {@code optional = false}, required
 * to-ones).
 *
 * <p>A fragment knows only its own path to the root, so its check lists the values of the
 * concrete entities on that path; {@code SnapshotAssembler} unions the lists of all fragments
 * (root first, then in entity-class order, which is Hibernate's order for flat hierarchies).
 */
final class Discriminators {
    private final Annotations annotations;
    private final EntityCatalog catalog;
    private final Naming naming;
    private final Embeddables embeddables;
    private final AssociationMapper associations;

    Discriminators(Annotations annotations, EntityCatalog catalog, Naming naming, Embeddables embeddables,
            AssociationMapper associations) {
        this.associations = associations;
        this.annotations = annotations;
        this.catalog = catalog;
        this.naming = naming;
        this.embeddables = embeddables;
    }

    /** The discriminator column (on the root table) and, for a concrete single-table subclass, its NOT NULL checks. */
    void contribute(EntityInfo info, Fragment fragment) {
        Hierarchy hierarchy = info.hierarchy();
        column(hierarchy).ifPresent(column -> {
            EntityInfo root = catalog.info(hierarchy.root());
            TableBuilder rootTable = fragment.table(root.table());
            rootTable.column(column, naming.name(column.name()), "(discriminator)", info.element(), ColumnBinding.key());
            fragment.origin(rootTable.name(), naming.name(column.name()), root.className() + "#(discriminator)");
        });
        if (hierarchy.isRoot() || !hierarchy.is(Hierarchy.SINGLE_TABLE) || Hierarchy.isAbstract(info.element())) {
            return;
        }
        // SingleTableSubclass.createConstraints: one check per concrete subclass over the still nullable columns
        // of its non-optional attributes (primitives, optional = false, required to-ones), by attribute name.
        java.util.SortedMap<String, List<Name>> required = new java.util.TreeMap<>();
        for (TypeElement type : hierarchy.path().subList(1, hierarchy.path().size())) {
            for (Attribute attribute : catalog.info(type).attributes()) {
                if (isRequired(attribute)) {
                    required.put(attribute.name(),
                            List.of(naming.apply(ColumnMapper.logicalName(naming, attribute, annotations.column(attribute)))));
                } else {
                    List<Name> joins = associations.requiredNullableJoinColumns(attribute);
                    if (!joins.isEmpty()) {
                        required.put(attribute.name(), joins);
                    }
                }
            }
        }
        List<Name> columnNames = required.values().stream().flatMap(List::stream).toList();
        if (!columnNames.isEmpty()) {
            fragment.table(info.table()).check(notNullCheck(hierarchy, columnNames));
        }
    }

    /** A basic attribute Hibernate considers non-optional whose column is still nullable. */
    private boolean isRequired(Attribute attribute) {
        if (annotations.hasJpa(attribute.element(), "Id") || embeddables.isEmbedded(attribute)) {
            return false;
        }
        for (String association : List.of("ManyToOne", "OneToOne", "OneToMany", "ManyToMany", "ElementCollection")) {
            if (annotations.hasJpa(attribute.element(), association)) {
                return false;
            }
        }
        Ann column = annotations.column(attribute);
        boolean explicitlyNotNull = column != null && !column.bool("nullable", true);
        boolean optional = !attribute.isPrimitive()
                && annotations.jpa(attribute.element(), "Basic").map(b -> b.bool("optional", true)).orElse(true);
        return !optional && !explicitlyNotNull;
    }


    /** The discriminator column this entity's fragment contributes, if any. */
    Optional<Column> column(Hierarchy hierarchy) {
        Optional<Ann> declared = annotations.jpa(hierarchy.root(), "DiscriminatorColumn");
        boolean present = hierarchy.is(Hierarchy.SINGLE_TABLE) ? declared.isPresent() || !hierarchy.isRoot()
                : hierarchy.is(Hierarchy.JOINED) && declared.isPresent();
        if (!present) {
            return Optional.empty();
        }
        Name name = name(hierarchy);
        List<String> values = new ArrayList<>();
        for (TypeElement type : hierarchy.path()) {
            if (!Hierarchy.isAbstract(type)) {
                values.add(literal(hierarchy, type));
            }
        }
        Column column = Column.of(name.physical(), type(declared.orElse(null))).notNull()
                .options(Options.of(declared.orElse(null)));
        return Optional.of(values.isEmpty() ? column : column.check(name.sql() + " in (" + String.join(",", values) + ")"));
    }

    /** {@code DTYPE <> 'Sub' or (a is not null and b is not null)}: Hibernate's stand-in for NOT NULL in a subclass. */
    CheckConstraint notNullCheck(Hierarchy hierarchy, List<Name> columns) {
        List<String> conditions = columns.stream().map(c -> c.sql() + " is not null").toList();
        return new CheckConstraint(null, name(hierarchy).sql() + " <> " + literal(hierarchy, hierarchy.entity()) + " or ("
                + String.join(" and ", conditions) + ")");
    }

    private Name name(Hierarchy hierarchy) {
        String written = annotations.jpa(hierarchy.root(), "DiscriminatorColumn").map(d -> d.string("name")).orElse("");
        return naming.physical(written.isEmpty() ? "DTYPE" : written);
    }

    private static ColumnType type(Ann declared) {
        String kind = declared == null ? "STRING" : declared.enumConstant("discriminatorType");
        return switch (kind) {
            case "INTEGER" -> ColumnType.INTEGER;
            case "CHAR" -> ColumnType.character(1);
            default -> ColumnType.varchar(declared == null ? 31 : declared.integer("length", 31));
        };
    }

    private String literal(Hierarchy hierarchy, TypeElement type) {
        String value = annotations.jpa(type, "DiscriminatorValue")
                .map(v -> v.string("value"))
                .orElse(catalog.info(type).entityName());
        boolean integer = annotations.jpa(hierarchy.root(), "DiscriminatorColumn")
                .map(d -> d.enumConstant("discriminatorType").equals("INTEGER"))
                .orElse(false);
        return integer ? value : "'" + value.replace("'", "''") + "'";
    }
}
