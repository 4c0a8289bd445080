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
    private final PhysicalNaming naming;
    private final Embeddables embeddables;
    private final Map<String, EntityInfo> cache = new HashMap<>();

    EntityCatalog(Annotations annotations, AttributeScanner scanner, BasicTypes basicTypes, PhysicalNaming naming) {
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
        EntityInfo info = resolve(entity);
        cache.put(key, info);
        return info;
    }

    private EntityInfo resolve(TypeElement entity) {
        String entityName = annotations.jpa(entity, "Entity")
                .map(e -> e.string("name"))
                .filter(n -> !n.isEmpty())
                .orElse(entity.getSimpleName().toString());
        Name logicalTable = annotations.jpa(entity, "Table")
                .map(t -> t.string("name"))
                .filter(n -> !n.isEmpty())
                .map(Name::of)
                .orElse(Name.of(entityName));
        List<Attribute> attributes = scanner.attributes(entity);
        boolean propertyAccess = scanner.usesPropertyAccess(entity);
        List<IdColumn> ids = new ArrayList<>();
        for (Attribute attribute : attributes) {
            if (annotations.hasJpa(attribute.element(), "EmbeddedId")) {
                for (Attribute leaf : embeddables.flatten(attribute, propertyAccess)) {
                    ids.add(idColumn(leaf));
                }
            } else if (annotations.hasJpa(attribute.element(), "Id")) {
                ids.add(idColumn(attribute));
            }
        }
        if (ids.isEmpty()) {
            throw new MappingError(entity, Diagnostics.MIG001, entity.getQualifiedName());
        }
        // Hibernate orders primary-key columns (and the foreign keys that reference them) by size and name.
        ids.sort(ColumnOrder.ID_COLUMNS);
        return new EntityInfo(entity, entityName, logicalTable, naming.apply(logicalTable), attributes, ids);
    }

    private IdColumn idColumn(Attribute attribute) {
        for (String association : List.of("ManyToOne", "OneToOne")) {
            Optional<Ann> found = annotations.jpa(attribute.element(), association);
            if (found.isPresent()) {
                throw new MappingError(attribute.element(), found.get().mirror(), Diagnostics.MIG003,
                        "@Id on a @" + association + " (derived identity)");
            }
        }
        Ann column = annotations.column(attribute);
        Name logical = column != null && !column.string("name").isEmpty()
                ? Name.of(column.string("name"))
                : Name.of(attribute.name());
        BasicType type = basicTypes.map(attribute.element(), attribute.type(), column)
                .orElseThrow(() -> new MappingError(attribute.element(), Diagnostics.MIG002, attribute.name(), attribute.type()));
        return new IdColumn(logical, naming.apply(logical), type.type(), attribute);
    }
}
