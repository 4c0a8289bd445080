package dev.migrator.processor;

import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * What {@code @GeneratedValue} adds to the schema (Hibernate 7.1's {@code SequenceStyleGenerator}/{@code StandardNamingStrategy} defaults): an identity column for
 * {@code IDENTITY}; for {@code SEQUENCE}, and {@code AUTO} on a numeric id, a sequence named by
 * {@code @SequenceGenerator} or {@code <root table>_SEQ} (start 1, increment 50); nothing for
 * {@code UUID} or {@code AUTO} on a {@code UUID}.
 */
final class Generators {
    private static final Set<String> NUMERIC = Set.of("java.lang.Long", "java.lang.Integer", "java.lang.Short",
            "java.math.BigInteger", "java.math.BigDecimal", "long", "int", "short");

    private final Annotations annotations;
    private final Naming naming;

    Generators(Annotations annotations, Naming naming) {
        this.annotations = annotations;
        this.naming = naming;
    }

    /** How the id column is generated. */
    /** How the id column is generated: identity, a sequence, or a generator table ({@code null}s: none). */
    record Generation(boolean identity, Sequence sequence, Table table) {
        Generation(boolean identity, Sequence sequence) {
            this(identity, sequence, null);
        }
    }

    Generation of(EntityInfo entity, IdColumn id, List<TypeElement> hierarchy) {
        Element element = id.attribute().element();
        Optional<Ann> generated = annotations.jpa(element, "GeneratedValue");
        if (generated.isEmpty()) {
            return new Generation(false, null);
        }
        String strategy = generated.get().enumConstant("strategy");
        String generator = generated.get().string("generator");
        boolean numeric = NUMERIC.contains(id.attribute().type().toString());
        if (!generator.isEmpty() && declaredGenerator(element, generator, hierarchy).isEmpty()) {
            Optional<Ann> generic = generic(element, generator, hierarchy);
            if (generic.isPresent()) {
                return genericGeneration(generated.get(), generic.get(), element);
            }
        }
        switch (strategy) {
            case "IDENTITY":
                return new Generation(true, null);
            case "UUID":
                return new Generation(false, null);
            case "TABLE":
                return new Generation(false, null, generatorTable(element, generator, hierarchy));
            case "SEQUENCE":
                break;
            default:
                if (!numeric) {
                    return new Generation(false, null); // AUTO on UUID/String: generated in Java
                }
        }
        return new Generation(false, sequence(entity, element, generated.get(), generator, hierarchy));
    }

    private Sequence sequence(EntityInfo entity, Element id, Ann generated, String generator, List<TypeElement> hierarchy) {
        // A name no generator of this entity declares makes Hibernate create a sequence of that name
        // (IdentifierGeneratorDefinition.createImplicit); generators are not shared between entities.
        Optional<Ann> declared = declaredGenerator(id, generator, hierarchy);
        String sequenceName = declared.map(g -> g.string("sequenceName")).orElse("");
        Name logical;
        if (!sequenceName.isEmpty()) {
            logical = naming.name(sequenceName);
        } else if (!generator.isEmpty()) {
            logical = naming.name(generator);
        } else {
            // StandardNamingStrategy: <root table name>_SEQ; a keyword table name does not make it a keyword.
            Name table = entity.table();
            logical = table.explicit() ? new Name(table.text() + "_SEQ", true, true) : naming.name(table.text() + "_SEQ");
        }
        long start = declared.map(g -> g.longValue("initialValue", 1)).orElse(1L);
        long increment = declared.map(g -> g.longValue("allocationSize", 50)).orElse(50L);
        Name physical = new SchemaPlacement(naming).place(naming.apply(logical), id, declared.orElse(null));
        return Sequence.of(physical.physical(), start, increment).options(declared.map(Options::of).orElse(null));
    }

    /**
     * Hibernate's legacy {@code @GenericGenerator}: UUID, assigned and similar strategies need no
     * database object, {@code identity} is an identity column, the sequence strategies a sequence
     * ({@code sequence_name}, {@code initial_value}, {@code increment_size} parameters); anything
     * else cannot be known at compile time.
     */
    private Generation genericGeneration(Ann generated, Ann generic, Element id) {
        // "type" (a class) wins over the legacy "strategy" name unless left at its default.
        String type = generic.type("type") == null ? "" : generic.type("type").toString();
        boolean defaultType = type.isEmpty() || type.equals("org.hibernate.id.IdentifierGenerator")
                || type.equals("org.hibernate.generator.Generator");
        String strategy = defaultType ? generic.string("strategy") : type;
        String lower = strategy.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("uuid") || lower.equals("assigned") || lower.equals("foreign") || lower.equals("increment")
                || lower.endsWith("incrementgenerator") || lower.endsWith("assigned")) {
            return new Generation(false, null);
        }
        if (lower.equals("identity") || lower.endsWith("identitygenerator")) {
            return new Generation(true, null);
        }
        if (lower.equals("sequence") || lower.equals("enhanced-sequence") || lower.endsWith("sequencestylegenerator")) {
            java.util.Map<String, String> parameters = new java.util.HashMap<>();
            generic.annotations("parameters").forEach(p -> parameters.put(p.string("name"), p.string("value")));
            String name = parameters.getOrDefault("sequence_name", generic.string("name"));
            return new Generation(false, Sequence.of(new SchemaPlacement(naming).place(naming.physical(name), id, null).physical(),
                    Long.parseLong(parameters.getOrDefault("initial_value", "1")),
                    Long.parseLong(parameters.getOrDefault("increment_size", "1"))));
        }
        throw new MappingError(id, generated.mirror(), Diagnostics.MIG006, generic.string("name"), strategy);
    }

    private Optional<Ann> generic(Element id, String generator, List<TypeElement> hierarchy) {
        for (Element place : placesToLook(id, hierarchy)) {
            List<Ann> candidates = new ArrayList<>();
            annotations.hibernate(place, "GenericGenerator").ifPresent(candidates::add);
            annotations.hibernate(place, "GenericGenerators").ifPresent(all -> candidates.addAll(all.annotations("value")));
            for (Ann candidate : candidates) {
                if (candidate.string("name").equals(generator)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code TableGenerator}'s table: {@code hibernate_sequences(next_val bigint, sequence_name
     * varchar(255) not null, primary key (sequence_name))} or what {@code @TableGenerator} names.
     * Hibernate also inserts the segment row; it inserts it itself at run time when missing, so the
     * schema needs only the table.
     */
    private Table generatorTable(Element id, String generator, List<TypeElement> hierarchy) {
        Optional<Ann> declared = declaredGenerator(id, generator, hierarchy, "TableGenerator", "TableGenerators");
        String table = declared.map(g -> g.string("table")).filter(t -> !t.isEmpty()).orElse("hibernate_sequences");
        String segment = declared.map(g -> g.string("pkColumnName")).filter(t -> !t.isEmpty()).orElse("sequence_name");
        String value = declared.map(g -> g.string("valueColumnName")).filter(t -> !t.isEmpty()).orElse("next_val");
        String segmentColumn = naming.physical(segment).physical();
        Name tableName = new SchemaPlacement(naming).place(naming.physical(table), id, declared.orElse(null));
        return Table.named(tableName.physical())
                .column(Column.of(naming.physical(value).physical(), ColumnType.BIGINT))
                .column(Column.of(segmentColumn, ColumnType.varchar(255)).notNull())
                .primaryKey(segmentColumn)
                .options(declared.map(Options::of).orElse(null));
    }

    /** The {@code @SequenceGenerator} named {@code generator} (or the unnamed one) on the id or its classes. */
    private Optional<Ann> declaredGenerator(Element id, String generator, List<TypeElement> hierarchy) {
        return declaredGenerator(id, generator, hierarchy, "SequenceGenerator", "SequenceGenerators");
    }

    private Optional<Ann> declaredGenerator(Element id, String generator, List<TypeElement> hierarchy, String single,
            String container) {
        for (Element place : placesToLook(id, hierarchy)) {
            List<Ann> candidates = new ArrayList<>();
            annotations.jpa(place, single).ifPresent(candidates::add);
            annotations.jpa(place, container).ifPresent(all -> candidates.addAll(all.annotations("value")));
            for (Ann candidate : candidates) {
                if (candidate.string("name").equals(generator)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where a generator named by an id may be declared, in Hibernate 7's order
     * ({@code GeneratorAnnotationHelper.findLocalizedMatch}): the id itself, its classes from the
     * entity upwards (the declaring class among them), then the {@code package-info} of the class
     * declaring the id and of the entity's own package (Hibernate finds the latter as a global
     * generator of a scanned package).
     */
    private static List<Element> placesToLook(Element id, List<TypeElement> hierarchy) {
        List<Element> places = new ArrayList<>();
        places.add(id);
        for (int i = hierarchy.size() - 1; i >= 0; i--) {
            places.add(hierarchy.get(i));
        }
        places.add(packageOf(id));
        if (!hierarchy.isEmpty() && !places.contains(packageOf(hierarchy.get(hierarchy.size() - 1)))) {
            places.add(packageOf(hierarchy.get(hierarchy.size() - 1)));
        }
        return places;
    }

    private static PackageElement packageOf(Element element) {
        Element current = element;
        while (!(current instanceof PackageElement)) {
            current = current.getEnclosingElement();
        }
        return (PackageElement) current;
    }
}
