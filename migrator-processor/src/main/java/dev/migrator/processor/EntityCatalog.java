package dev.migrator.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * Resolves {@link EntityInfo} for entities, from sources or class files alike, and caches it for
 * the duration of one processing round (an entity referenced by many others is read once).
 */
final class EntityCatalog {
    private final Annotations annotations;
    private final AttributeScanner scanner;
    private final BasicTypes basicTypes;
    private final Naming naming;
    private final Embeddables embeddables;
    private final Map<String, EntityInfo> cache = new HashMap<>();
    private final java.util.Set<String> resolving = new java.util.HashSet<>();

    EntityCatalog(Annotations annotations, AttributeScanner scanner, BasicTypes basicTypes, Naming naming) {
        this.annotations = annotations;
        this.scanner = scanner;
        this.basicTypes = basicTypes;
        this.naming = naming;
        this.embeddables = new Embeddables(annotations, scanner);
    }

    boolean isEntity(TypeElement type) {
        return annotations.hasJpa(type, "Entity");
    }

    EntityInfo info(TypeElement entity) {
        String key = entity.getQualifiedName().toString();
        EntityInfo cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (!resolving.add(key)) {
            // Only derived identities can loop (A's key is a reference to B whose key references A).
            throw new MappingError(entity, Diagnostics.MIG003, "a cycle of derived identities (@MapsId) through " + key);
        }
        try {
            EntityInfo info = resolve(entity);
            cache.put(key, info);
            return info;
        } finally {
            resolving.remove(key);
        }
    }

    private EntityInfo resolve(TypeElement entity) {
        Hierarchy hierarchy = hierarchy(entity);
        String entityName = entityName(entity);
        if (hierarchy.isRoot()) {
            Name logicalTable = tableName(entity, entityName);
            List<Attribute> attributes = scanner.attributes(entity);
            return new EntityInfo(entity, entityName, logicalTable, physicalTable(entity, logicalTable), attributes,
                    idColumns(entity, attributes), hierarchy);
        }
        EntityInfo parent = info(hierarchy.parent());
        List<Attribute> own = scanner.attributes(entity);
        if (hierarchy.is(Hierarchy.SINGLE_TABLE)) {
            return new EntityInfo(entity, entityName, parent.logicalTable(), parent.table(), own, parent.idColumns(), hierarchy);
        }
        Name logicalTable = tableName(entity, entityName);
        if (hierarchy.is(Hierarchy.TABLE_PER_CLASS)) {
            List<Attribute> all = new ArrayList<>(parent.attributes());
            all.addAll(own);
            return new EntityInfo(entity, entityName, logicalTable, physicalTable(entity, logicalTable), all,
                    parent.idColumns(), hierarchy);
        }
        return new EntityInfo(entity, entityName, logicalTable, physicalTable(entity, logicalTable), own,
                primaryKeyJoinColumns(entity, parent), hierarchy);
    }

    /** The entity classes from the root down to {@code entity}, and the root's strategy. */
    Hierarchy hierarchy(TypeElement entity) {
        List<TypeElement> path = new ArrayList<>();
        for (TypeElement current = entity; current != null; current = scanner.parentEntity(current)) {
            path.add(0, current);
        }
        String strategy = annotations.jpa(path.get(0), "Inheritance")
                .map(i -> i.enumConstant("strategy"))
                .filter(s -> !s.isEmpty())
                .orElse(Hierarchy.SINGLE_TABLE);
        return new Hierarchy(path, strategy);
    }

    private String entityName(TypeElement entity) {
        return annotations.jpa(entity, "Entity")
                .map(e -> e.string("name"))
                .filter(n -> !n.isEmpty())
                .orElse(entity.getSimpleName().toString());
    }

    /**
     * The physical table name, in the schema of {@code @Table(schema)}. The logical name stays
     * unqualified: Hibernate derives implicit join-table and join-column names from logical table
     * names, which carry no schema.
     */
    private Name physicalTable(TypeElement entity, Name logicalTable) {
        return new SchemaPlacement(naming).place(naming.apply(logicalTable), entity, annotations.jpa(entity, "Table").orElse(null));
    }

    private Name tableName(TypeElement entity, String entityName) {
        return annotations.jpa(entity, "Table")
                .map(t -> t.string("name"))
                .filter(n -> !n.isEmpty())
                .map(naming::name)
                .orElse(naming.name(entityName));
    }

    private List<IdColumn> idColumns(TypeElement entity, List<Attribute> attributes) {
        boolean propertyAccess = scanner.usesPropertyAccess(entity);
        List<IdColumn> ids = new ArrayList<>();
        Map<String, Attribute> mapsIdByPart = new HashMap<>();
        for (Attribute attribute : attributes) {
            Optional<Ann> mapsId = annotations.jpa(attribute.element(), "MapsId");
            if (mapsId.isPresent() && mapsId.get().string("value").isEmpty()) {
                return derivedId(attribute, mapsId.get());
            }
            mapsId.ifPresent(m -> mapsIdByPart.put(m.string("value"), attribute));
        }
        for (Attribute attribute : attributes) {
            if (annotations.hasJpa(attribute.element(), "EmbeddedId")) {
                for (Attribute leaf : embeddables.flatten(attribute, propertyAccess)) {
                    // @MapsId("part"): the association's join columns stand in for that part of the key.
                    Attribute association = mapsIdByPart.remove(leaf.name());
                    if (association != null) {
                        ids.addAll(derivedId(association, annotations.jpa(association.element(), "MapsId").get()));
                    } else {
                        ids.add(idColumn(leaf));
                    }
                }
            } else if (annotations.hasJpa(attribute.element(), "Id")) {
                Optional<Ann> toOne = annotations.jpa(attribute.element(), "ManyToOne")
                        .or(() -> annotations.jpa(attribute.element(), "OneToOne"));
                // @Id on a to-one (with @IdClass): its join columns are part of the key.
                ids.addAll(toOne.isPresent() ? derivedId(attribute, toOne.get()) : List.of(idColumn(attribute)));
            }
        }
        if (ids.isEmpty()) {
            throw new MappingError(entity, Diagnostics.MIG001, entity.getQualifiedName());
        }
        for (Attribute unmatched : mapsIdByPart.values()) {
            Ann mapsId = annotations.jpa(unmatched.element(), "MapsId").get();
            throw new MappingError(unmatched.element(), mapsId.mirror(), Diagnostics.MIG003,
                    "@MapsId(\"" + mapsId.string("value") + "\") naming no attribute of the @EmbeddedId");
        }
        // Hibernate orders primary-key columns (and the foreign keys that reference them) by size and name.
        ids.sort(ColumnOrder.ID_COLUMNS);
        return ids;
    }

    /**
     * A joined subclass's primary key: the parent's key columns, renamed by
     * {@code @PrimaryKeyJoinColumn(s)} (matched by position), with the same types.
     */
    private List<IdColumn> primaryKeyJoinColumns(TypeElement entity, EntityInfo parent) {
        List<Ann> written = new ArrayList<>();
        annotations.jpa(entity, "PrimaryKeyJoinColumn").ifPresent(written::add);
        annotations.jpa(entity, "PrimaryKeyJoinColumns").ifPresent(all -> written.addAll(all.annotations("value")));
        List<IdColumn> out = new ArrayList<>();
        for (int i = 0; i < parent.idColumns().size(); i++) {
            IdColumn inherited = parent.idColumns().get(i);
            String name = i < written.size() ? written.get(i).string("name") : "";
            Name logical = name.isEmpty() ? inherited.logical() : naming.name(name);
            out.add(new IdColumn(logical, naming.apply(logical), inherited.type(), inherited.attribute()));
        }
        return out;
    }

    /**
     * {@code @MapsId} on a to-one: the key is the association's join column(s), named and typed
     * after the referenced key, and the plain {@code @Id} attribute has no column of its own.
     */
    private List<IdColumn> derivedId(Attribute attribute, Ann annotation) {
        if (!(attribute.type() instanceof javax.lang.model.type.DeclaredType declared)
                || !isEntity((TypeElement) declared.asElement())) {
            throw new MappingError(attribute.element(), annotation.mirror(), Diagnostics.MIG004, attribute.type(), attribute.name());
        }
        EntityInfo target = info((TypeElement) declared.asElement());
        Ann joinColumn = annotations.jpa(attribute.element(), "JoinColumn").orElse(null);
        List<IdColumn> out = new ArrayList<>();
        for (IdColumn referenced : target.idColumns()) {
            Name logical = JoinColumnNames.logical(naming, joinColumn, attribute.name(), referenced, target.logicalTable());
            out.add(new IdColumn(logical, naming.apply(logical), referenced.type(), attribute));
        }
        return out;
    }

    private IdColumn idColumn(Attribute attribute) {
        Ann column = annotations.column(attribute);
        Name logical = column != null && !column.string("name").isEmpty()
                ? naming.name(column.string("name"))
                : naming.name(attribute.name());
        BasicType type = basicTypes.map(attribute.element(), attribute.type(), column)
                .orElseThrow(() -> new MappingError(attribute.element(), Diagnostics.MIG002, attribute.name(), attribute.type()));
        return new IdColumn(logical, naming.apply(logical), type.type(), attribute);
    }
}
