package dev.migrator.processor;

import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The key columns of a {@code Map}-valued collection, as Hibernate 7.1's {@code MapBinder} binds a
 * key that is not a {@code @MapKey} attribute of the target. The key type is {@code @MapKeyClass}
 * or the map's first type argument, and is one of:
 * <ul>
 *   <li>an entity: one join column per primary-key column, {@code @MapKeyJoinColumn(s)} or
 *       {@code <attribute>_KEY} (one column only: Hibernate refuses an implicit composite key), typed
 *       after the referenced key, with the hashed FK to the key entity (or {@code foreignKey});</li>
 *   <li>an embeddable: its attributes' columns, {@code @AttributeOverride(name = "key.x")} applied;</li>
 *   <li>a basic type: {@code @MapKeyColumn} or {@code <attribute>_KEY}, typed after
 *       {@code @MapKeyEnumerated}/{@code @MapKeyTemporal}, a key {@code @Convert}
 *       ({@link CollectionConverts}) or an auto-applied converter of the declared key type.</li>
 * </ul>
 * Where the columns go is the caller's {@link Placement}.
 */
final class MapKeys {

    /** Where a map's key columns live, which decides their nullability. */
    enum Placement {
        /** The collection's own table (collection or join table): NOT NULL, part of its primary key. */
        OWNED,
        /**
         * A table the collection does not own: the target's (unidirectional {@code @OneToMany @JoinColumn},
         * inverse {@code @OneToMany}) or the owning side's join table (inverse {@code @ManyToMany}).
         * Nullable, except an explicit {@code @MapKeyJoinColumn}, whose {@code nullable} defaults to false.
         */
        ELSEWHERE
    }

    private final Annotations annotations;
    private final EntityCatalog catalog;
    private final Naming naming;
    private final BasicTypes basicTypes;
    private final ColumnMapper columns;
    private final Embeddables embeddables;
    private final AttributeScanner scanner;
    private final CollectionConverts converts;

    MapKeys(Annotations annotations, EntityCatalog catalog, Naming naming, BasicTypes basicTypes, ColumnMapper columns,
            Embeddables embeddables, AttributeScanner scanner) {
        this.annotations = annotations;
        this.catalog = catalog;
        this.naming = naming;
        this.basicTypes = basicTypes;
        this.columns = columns;
        this.embeddables = embeddables;
        this.scanner = scanner;
        this.converts = new CollectionConverts(annotations);
    }

    /** Whether the map has key columns: not when {@code @MapKey} keys it by an attribute of the target. */
    boolean hasKeyColumns(Attribute attribute) {
        return CollectionKinds.isMap(attribute.type()) && !annotations.hasJpa(attribute.element(), "MapKey");
    }

    /**
     * Maps the key of the map {@code attribute} of {@code owner} into {@code table}; returns its columns.
     * {@code at} is the collection annotation errors are reported on.
     */
    List<Column> map(EntityInfo owner, Attribute attribute, AnnotationMirror at, TableBuilder table, Fragment fragment,
            Placement placement) {
        for (String unknowable : List.of("MapKeyType", "MapKeyJavaType", "MapKeyJdbcType", "MapKeyCompositeType")) {
            annotations.hibernate(attribute.element(), unknowable).ifPresent(found -> {
                // User types chosen by class: the column type they give is decided at run time.
                throw new MappingError(attribute.element(), found.mirror(), Diagnostics.MIG003, "@" + unknowable
                        + " (a map key typed by a user class; use @MapKeyJdbcTypeCode or @MapKeyColumn(columnDefinition))");
            });
        }
        TypeMirror keyType = keyType(attribute, at);
        if (keyType instanceof DeclaredType declared && catalog.isEntity((TypeElement) declared.asElement())) {
            return entityKey(owner, attribute, catalog.info((TypeElement) declared.asElement()), table, fragment, placement);
        }
        if (keyType instanceof DeclaredType declared && annotations.hasJpa(declared.asElement(), "Embeddable")) {
            return embeddableKey(owner, attribute.withType(keyType), table, fragment, placement);
        }
        return List.of(basicKey(owner, attribute, keyType, at, table, fragment, placement));
    }

    /** {@code @MapKeyClass} (which JPA gives priority) or the map's first type argument. */
    private TypeMirror keyType(Attribute attribute, AnnotationMirror at) {
        Optional<TypeMirror> explicit = annotations.jpa(attribute.element(), "MapKeyClass")
                .map(mapKeyClass -> mapKeyClass.type("value"))
                .filter(type -> !type.toString().equals("void"));
        return explicit.or(() -> declaredKeyType(attribute))
                .orElseThrow(() -> new MappingError(attribute.element(), at, Diagnostics.MIG005, attribute.name()));
    }

    private static Optional<TypeMirror> declaredKeyType(Attribute attribute) {
        return attribute.type() instanceof DeclaredType declared && declared.getTypeArguments().size() == 2
                ? Optional.of(declared.getTypeArguments().get(0))
                : Optional.empty();
    }

    /**
     * A key entity's join columns. Written ones are matched to the key's primary-key columns by
     * {@code referencedColumnName}, or else by position in the order Hibernate lists the key's
     * id attributes (by name), and must be one per key column, each named.
     */
    private List<Column> entityKey(EntityInfo owner, Attribute attribute, EntityInfo key, TableBuilder table,
            Fragment fragment, Placement placement) {
        Element element = attribute.element();
        Optional<Ann> container = annotations.jpa(element, "MapKeyJoinColumns");
        List<Ann> written = new ArrayList<>();
        annotations.jpa(element, "MapKeyJoinColumn").ifPresent(written::add);
        container.ifPresent(all -> written.addAll(all.annotations("value")));
        List<IdColumn> ids = key.idColumns();
        requireOnePerKeyColumn(attribute, key, written, container.map(Ann::mirror)
                .orElse(written.isEmpty() ? null : written.get(0).mirror()));
        List<Column> out = new ArrayList<>();
        List<Name> names = new ArrayList<>();
        for (IdColumn id : ids) {
            Ann join = written.isEmpty() ? null : matching(written, id, ids, attribute, key);
            String explicit = join == null ? "" : join.string("name");
            Name name = naming.physical(explicit.isEmpty() ? attribute.name() + "_KEY" : explicit);
            boolean nullable = placement == Placement.ELSEWHERE && (join == null || join.bool("nullable", false));
            Column column = Column.of(name.physical(), id.type()).withNullable(nullable);
            if (join != null && !join.string("columnDefinition").isEmpty()) {
                column = Column.of(name.physical(), ColumnType.custom(join.string("columnDefinition"))).withNullable(nullable);
            }
            column = column.options(Options.of(join));
            add(owner, attribute, table, fragment, placement, column, name);
            out.add(column);
            names.add(name);
        }
        Ann foreignKey = container.map(all -> all.annotation("foreignKey"))
                .orElse(written.isEmpty() ? null : written.get(0).annotation("foreignKey"));
        foreignKey(foreignKey, table, key, names, out);
        return out;
    }

    /**
     * Hibernate refuses a composite key entity without one join column per key column ("has 1
     * '@JoinColumn's but the primary key has 2 columns"), and unnamed ones collide as {@code <attribute>_KEY}.
     */
    private static void requireOnePerKeyColumn(Attribute attribute, EntityInfo key, List<Ann> written, AnnotationMirror at) {
        int keyColumns = key.idColumns().size();
        boolean named = written.stream().allMatch(w -> !w.string("name").isEmpty());
        if (written.isEmpty() ? keyColumns != 1 : written.size() != keyColumns || keyColumns > 1 && !named) {
            throw new MappingError(attribute.element(), at, Diagnostics.MIG019, attribute.name(), key.className(), keyColumns,
                    written.isEmpty() ? "one implicit join column" : written.size() + " @MapKeyJoinColumn"
                            + (named ? "" : " without a name"));
        }
    }

    /** The key's FK to the key entity: {@code foreignKey}'s name or Hibernate's hash, unless {@code NO_CONSTRAINT}. */
    private static void foreignKey(Ann foreignKey, TableBuilder table, EntityInfo key, List<Name> names, List<Column> columns) {
        if (foreignKey != null && foreignKey.enumConstant("value").equals("NO_CONSTRAINT")) {
            return;
        }
        String name = foreignKey == null || foreignKey.string("name").isEmpty()
                ? ConstraintNames.foreignKey(table.name(), key.table(), names)
                : foreignKey.string("name");
        table.foreignKey(ForeignKey.of(name, columns.stream().map(Column::name).toList(), key.table().physical(),
                key.idColumns().stream().map(id -> id.physical().physical()).toList()).options(Options.of(foreignKey)));
    }

    /** The written join column for {@code id}: the one naming it, or the one at its position among the key's id attributes by name. */
    private static Ann matching(List<Ann> written, IdColumn id, List<IdColumn> ids, Attribute attribute, EntityInfo key) {
        boolean byName = written.stream().anyMatch(w -> !w.string("referencedColumnName").isEmpty());
        if (!byName) {
            List<IdColumn> byAttribute = ids.stream().sorted(Comparator.comparing(c -> c.attribute().name())).toList();
            return written.get(byAttribute.indexOf(id));
        }
        for (Ann candidate : written) {
            String name = candidate.string("referencedColumnName");
            if (name.equals(id.logical().text()) || name.equals(id.physical().text())) {
                return candidate;
            }
        }
        throw new MappingError(attribute.element(), written.get(0).mirror(), Diagnostics.MIG019, attribute.name(),
                key.className(), ids.size(), "no @MapKeyJoinColumn(referencedColumnName) naming its column " + id.physical().text());
    }

    /** An embeddable key's columns: its attributes', NOT NULL in an owned table (they form its primary key). */
    private List<Column> embeddableKey(EntityInfo owner, Attribute key, TableBuilder table, Fragment fragment,
            Placement placement) {
        List<Column> out = new ArrayList<>();
        for (Attribute leaf : embeddables.flatten(key, scanner.usesPropertyAccess(owner.element()), "key.")) {
            if (annotations.hasJpa(leaf.element(), "ManyToOne") || annotations.hasJpa(leaf.element(), "OneToOne")) {
                throw new MappingError(key.element(), Diagnostics.MIG003, "an association inside an embeddable map key");
            }
            Column column = columns.basic(owner, leaf, table, fragment);
            if (placement == Placement.OWNED && column.nullable()) {
                column = column.notNull();
                table.column(column, table.columnName(column.name()), leaf.name(), leaf.element(), true);
            }
            out.add(column);
        }
        return out;
    }

    /** A basic key's column: {@code @MapKeyColumn} or {@code <attribute>_KEY}. */
    private Column basicKey(EntityInfo owner, Attribute attribute, TypeMirror keyType, AnnotationMirror at,
            TableBuilder table, Fragment fragment, Placement placement) {
        Element element = attribute.element();
        Ann keyColumn = annotations.jpa(element, "MapKeyColumn").orElse(null);
        String written = keyColumn == null ? "" : keyColumn.string("name");
        Name name = naming.physical(written.isEmpty() ? attribute.name() + "_KEY" : written);
        BasicType type = basicType(attribute, keyType, keyColumn, at, fragment);
        ColumnType columnType = keyColumn != null && !keyColumn.string("columnDefinition").isEmpty()
                ? ColumnType.custom(keyColumn.string("columnDefinition"))
                : type.type();
        // Hibernate makes a key column it adds to a table the collection does not own nullable
        // (MapBinder.makeOneToManyMapKeyColumnNullableIfNotInProperty), whatever @MapKeyColumn says.
        Column column = Column.of(name.physical(), columnType).withNullable(placement == Placement.ELSEWHERE)
                .options(Options.of(keyColumn));
        if (type.check(name.sql()) != null && columnType.kind() != dev.migrator.model.TypeKind.CUSTOM) {
            column = column.check(type.check(name.sql()));
        }
        add(owner, attribute, table, fragment, placement, column, name);
        return column;
    }

    /** The key's type: through the key's converter (explicit, else auto-applied to the declared key type), or as a basic key. */
    private BasicType basicType(Attribute attribute, TypeMirror keyType, Ann keyColumn, AnnotationMirror at, Fragment fragment) {
        Element element = attribute.element();
        Optional<Ann> convert = converts.forKey(element);
        TypeMirror converter = convert.isPresent()
                ? (convert.get().bool("disableConversion", false) ? null : convert.get().type("converter"))
                : declaredKeyType(attribute).map(declared -> columns.autoApplied(element, attribute.name(), declared)).orElse(null);
        return columns.converted(element, attribute.name(), keyType, converter, convert.map(Ann::mirror).orElse(at), keyColumn,
                        fragment)
                .or(() -> basicTypes.mapKey(element, keyType, keyColumn))
                .orElseThrow(() -> new MappingError(element, at, Diagnostics.MIG003, "a map key of type " + keyType));
    }

    private void add(EntityInfo owner, Attribute attribute, TableBuilder table, Fragment fragment, Placement placement,
            Column column, Name name) {
        boolean defines = placement == Placement.OWNED
                ? table.column(column, name, attribute.name(), attribute.element(), ColumnBinding.other())
                : table.column(column, name, attribute.name(), attribute.element(), ColumnBinding.collectionKey(attribute));
        if (defines) {
            fragment.origin(table.name(), name, attribute.origin(owner.className()));
        }
    }
}
