package dev.migrator.processor;

import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotCodec;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * javac entry point: writes one snapshot fragment per {@code @Entity} (jakarta.persistence or
 * javax.persistence) to {@code META-INF/migrator/entities/<class>.json} in the class output, with
 * the entity as originating element (so incremental builds regenerate exactly the fragments of
 * recompiled entities). Mappings it cannot express are compile errors on the element; nothing
 * ever propagates into javac, and no fragment is written for an entity with an error.
 *
 * <p>Options: {@code -Amigrator.naming=standard|snake_case}, {@code -Amigrator.implicitNaming=jpa|spring}
 * ({@code spring}: Spring Boot's {@code SpringImplicitNamingStrategy}, join tables named
 * {@code <owner table>_<attribute>}; Spring Boot applications set it with {@code naming=snake_case}),
 * {@code -Amigrator.beanValidation=auto|on|off}, {@code -Amigrator.dialect=h2|postgresql} (the database whose
 * keyword list decides which names Hibernate quotes, and so its FK/UK/index and implicit names; absent: the
 * words every supported database quotes), {@code -Amigrator.converters=com.x.MoneyConverter,...} (auto-applied
 * converters the compilation does not contain, such as converters from jars), {@code -Amigrator.defaultSchema=x}
 * (Hibernate's {@code hibernate.default_schema}: the schema of tables and sequences no annotation places).
 */
public final class MigratorProcessor extends AbstractProcessor {
    static final String NAMING_OPTION = "migrator.naming";
    static final String BEAN_VALIDATION_OPTION = "migrator.beanValidation";
    static final String DIALECT_OPTION = "migrator.dialect";
    static final String CONVERTERS_OPTION = "migrator.converters";
    static final String DEFAULT_SCHEMA_OPTION = "migrator.defaultSchema";
    static final String IMPLICIT_NAMING_OPTION = "migrator.implicitNaming";

    private final Set<String> written = new HashSet<>();
    /** The fragments of every entity extracted so far, by class, for the checks across entities (MIG021). */
    private final Map<String, EntitySnapshot> snapshots = new LinkedHashMap<>();
    /** The root class of each extracted entity's inheritance hierarchy: MIG021 compares within one. */
    private final Map<String, String> hierarchyRoots = new java.util.HashMap<>();
    /** Auto-applied converters seen so far, kept across rounds; {@code null} until the first round. */
    private Converters converters;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("jakarta.persistence.Entity", "javax.persistence.Entity");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(NAMING_OPTION, IMPLICIT_NAMING_OPTION, BEAN_VALIDATION_OPTION, DIALECT_OPTION, CONVERTERS_OPTION,
                DEFAULT_SCHEMA_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (annotations.isEmpty()) {
            return false;
        }
        Naming naming = naming();
        if (naming == null) {
            return false;
        }
        BeanValidation beanValidation = beanValidation();
        if (beanValidation == null) {
            return false;
        }
        if (!discoverConverters(round)) {
            return false;
        }
        EntityExtractor extractor = extractor(naming, beanValidation);
        Set<TypeElement> entities = new LinkedHashSet<>();
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type) {
                    entities.add(type);
                }
            }
        }
        Map<String, TypeElement> extracted = new LinkedHashMap<>();
        for (TypeElement entity : entities) {
            String name = entity.getQualifiedName().toString();
            if (hasUnresolvedTypes(entity)) {
                continue; // javac reports the missing type itself; a MIG error on top would only be noise
            }
            if (written.add(name)) {
                extract(extractor, entity).ifPresent(snapshot -> {
                    snapshots.put(name, snapshot);
                    hierarchyRoots.put(name, extractor.hierarchyRoot(entity));
                    extracted.put(name, entity);
                });
            }
        }
        for (ColumnConflicts.Conflict conflict : ColumnConflicts.find(List.copyOf(snapshots.values()), hierarchyRoots::get)) {
            reportConflict(extractor, conflict, extracted);
        }
        extracted.forEach((name, entity) -> write(entity, snapshots.get(name)));
        return false;
    }

    /**
     * Reports a column two entities define differently (MIG021) on the attribute of the later one, or of
     * the earlier one when the later was written in an earlier round; the reported entity's fragment is
     * not written.
     */
    private void reportConflict(EntityExtractor extractor, ColumnConflicts.Conflict conflict,
            Map<String, TypeElement> extracted) {
        ColumnConflicts.Side blamed = extracted.containsKey(conflict.second().entityClass()) ? conflict.second()
                : conflict.first();
        TypeElement entity = extracted.remove(blamed.entityClass());
        if (entity == null) {
            return; // both were written in earlier rounds, where this was reported already
        }
        report(new MappingError(extractor.attributeElement(entity, blamed.attribute()), Diagnostics.MIG021,
                conflict.column(), conflict.table(), source(conflict.first()), conflict.first().definition(),
                source(conflict.second()), conflict.second().definition()));
    }

    private static String source(ColumnConflicts.Side side) {
        return side.attribute().isEmpty() ? side.entityClass() : side.entityClass() + "#" + side.attribute();
    }

    private static boolean hasUnresolvedTypes(TypeElement entity) {
        return ElementFilter.fieldsIn(entity.getEnclosedElements()).stream()
                .anyMatch(field -> field.asType().getKind() == javax.lang.model.type.TypeKind.ERROR);
    }

    /** The entity's fragment, or empty after reporting why there is none. */
    private Optional<EntitySnapshot> extract(EntityExtractor extractor, TypeElement entity) {
        try {
            return Optional.of(extractor.extract(entity, this::warn));
        } catch (MappingError error) {
            report(error);
        } catch (RuntimeException | StackOverflowError unexpected) {
            // Never into javac: a bug of ours must not hide the user's other errors or abort the build with a stack trace.
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Diagnostics.MIG999.format(entity.getQualifiedName(), unexpected), entity);
        }
        return Optional.empty();
    }

    private void warn(MappingError warning) {
        if (warning.annotation() != null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, warning.getMessage(), warning.element(),
                    warning.annotation());
        } else {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, warning.getMessage(), warning.element());
        }
    }

    private void report(MappingError error) {
        Element element = error.element();
        if (error.annotation() != null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, error.getMessage(), element, error.annotation());
        } else {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, error.getMessage(), element);
        }
    }

    private void write(TypeElement entity, EntitySnapshot snapshot) {
        String resource = EntitySnapshot.resourceName(snapshot.entityClass());
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", resource, entity);
            try (Writer writer = file.openWriter()) {
                writer.write(SnapshotCodec.toJson(snapshot));
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Diagnostics.MIG999.format(entity.getQualifiedName(), "cannot write " + resource + ": " + e.getMessage()),
                    entity);
        }
    }

    /** The naming options, or {@code null} after reporting an unknown value. */
    private Naming naming() {
        PhysicalNaming physical = option(NAMING_OPTION, PhysicalNaming.values(), PhysicalNaming.STANDARD);
        ImplicitNaming implicit = option(IMPLICIT_NAMING_OPTION, ImplicitNaming.values(), ImplicitNaming.JPA);
        if (physical == null || implicit == null) {
            return null;
        }
        String dialect = processingEnv.getOptions().get(DIALECT_OPTION);
        if (dialect != null && !Naming.isKnownDialect(dialect)) {
            badOption(DIALECT_OPTION, dialect, "h2, postgresql");
            return null;
        }
        return Naming.of(physical, dialect).withImplicit(implicit)
                .withDefaultSchema(processingEnv.getOptions().get(DEFAULT_SCHEMA_OPTION));
    }

    /** The constant an enum-valued option names ({@code absent} when not given), or {@code null} after MIG008. */
    private <E extends OptionValue> E option(String option, E[] values, E absent) {
        String value = processingEnv.getOptions().get(option);
        if (value == null) {
            return absent;
        }
        E found = OptionValue.forOption(values, value);
        if (found == null) {
            badOption(option, value, OptionValue.allowed(values));
        }
        return found;
    }

    /** MIG008 for {@code -A<option>=<value>}, listing the values {@code allowed}. */
    private void badOption(String option, String value, String allowed) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                Diagnostics.MIG008.format(value, option.substring("migrator.".length()), allowed));
    }

    private BeanValidation beanValidation() {
        String value = processingEnv.getOptions().getOrDefault(BEAN_VALIDATION_OPTION, "auto");
        return BeanValidation.forOption(value, processingEnv.getElementUtils()).orElseGet(() -> {
            badOption(BEAN_VALIDATION_OPTION, value, "auto, on, off");
            return null;
        });
    }

    /**
     * Registers the auto-applied converters compiled in this round and, once, those named by
     * {@code -Amigrator.converters}; {@code false} after reporting a name that is no class.
     */
    private boolean discoverConverters(RoundEnvironment round) {
        if (converters == null) {
            converters = new Converters(new Annotations(processingEnv.getElementUtils()), processingEnv.getTypeUtils());
            String named = processingEnv.getOptions().getOrDefault(CONVERTERS_OPTION, "");
            for (String name : named.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                TypeElement type = processingEnv.getElementUtils().getTypeElement(name.trim());
                if (type == null || !converters.discover(type)) {
                    badOption(CONVERTERS_OPTION, name.trim(), "the qualified names of @Converter(autoApply = true)"
                            + " classes on the class path, separated by commas");
                    return false;
                }
            }
        }
        ElementFilter.typesIn(round.getRootElements()).forEach(converters::discover);
        return true;
    }

    private EntityExtractor extractor(Naming naming, BeanValidation beanValidation) {
        var elements = processingEnv.getElementUtils();
        var types = processingEnv.getTypeUtils();
        Annotations annotations = new Annotations(elements);
        AttributeScanner scanner = new AttributeScanner(annotations, types);
        BasicTypes basicTypes = new BasicTypes(annotations, types, elements);
        EntityCatalog catalog = new EntityCatalog(annotations, scanner, basicTypes, naming);
        return new EntityExtractor(annotations, scanner, catalog, basicTypes, types, naming, beanValidation,
                ConverterValues.of(processingEnv), converters);
    }
}
