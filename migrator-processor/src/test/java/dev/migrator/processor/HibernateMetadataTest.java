package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.Column;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotAssembler;
import dev.migrator.snapshot.SnapshotCodec;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hibernate ORM 7.1 itself as the oracle, offline: compiles a fixture with the processor, boots
 * Hibernate's boot metamodel for the same classes (H2 dialect, keyword auto-quoting, no database)
 * and requires the same tables, columns, nullability, primary keys, foreign-key names and columns,
 * index names and columns, unique column sets, and column types (rendered as H2Dialect names by
 * {@link H2TypeNames}) as the assembled fragments. Bean Validation and column order are applied by Hibernate only
 * when a SessionFactory is built, so they are not part of this comparison.
 */
class HibernateMetadataTest {

    @ParameterizedTest
    @CsvSource({
        "tutorial, standard", "tutorial, snake_case", "embedded, standard", "collections, standard",
        "inheritance, standard", "naming, standard", "assoc, standard", "overrides, standard",
        "tableindexes, standard", "misc, standard", "types, standard",
        "hf_rel2, standard", "hf_st, standard", "hf_jo, standard", "hf_tpc, standard", "hf_snake, snake_case",
        "hf_gen, standard", "hf_kw, standard", "hf_types2, standard", "hf_gen2, standard", "hf_nonpk, standard",
        "hf_mapsid, standard", "hf_idclass, standard", "hf_mk, standard", "embnull, standard", "dupcols, standard",
        "snakekw, snake_case", "snakekw, standard", "refs, standard", "schemas, standard", "schemas, snake_case"
    })
    void fragmentsDescribeWhatHibernateBuilds(String fixture, String naming, @TempDir Path classes) throws Exception {
        List<JavaFileObject> sources = Compilations.sourcesIn(fixture);
        Compilation compilation = Compilations.compile(sources, "-Amigrator.naming=" + naming);
        assertThat(compilation).succeeded();
        List<String> classNames = writeClasses(compilation, classes);
        Schema ours = assemble(compilation, classNames);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Metadata metadata = hibernate(loader, classNames, naming, null);
            Map<String, String> theirs = describe(metadata, null);
            assertThat(discriminatorValuesAsSets(describe(ours))).isEqualTo(discriminatorValuesAsSets(theirs));
        }
    }

    /**
     * {@code -Amigrator.defaultSchema} against {@code hibernate.default_schema}: every table and
     * sequence no annotation places goes to that schema, which Hibernate applies when it renders
     * names (its metamodel keeps those tables without a schema, so they are described with it here).
     */
    @org.junit.jupiter.api.Test
    void theDefaultSchemaOptionPlacesWhatHibernatesDefaultSchemaPlaces(@TempDir Path classes) throws Exception {
        Compilation compilation = Compilations.compile(Compilations.sourcesIn("schemas"), "-Amigrator.defaultSchema=archive");
        assertThat(compilation).succeeded();
        List<String> classNames = writeClasses(compilation, classes);
        Schema ours = assemble(compilation, classNames);
        org.assertj.core.api.Assertions.assertThat(ours.tables().stream().map(Table::name))
                .contains("archive.Reader", "archive.Book_Reader", "library.Book", "user.Shelf");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Metadata metadata = hibernate(loader, classNames, "standard", "archive");
            assertThat(describe(ours)).isEqualTo(describe(metadata, "archive"));
        }
    }

    private static List<String> writeClasses(Compilation compilation, Path classes) throws Exception {
        List<String> names = new ArrayList<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String path = file.toUri().getPath().replaceFirst("^.*?/CLASS_OUTPUT/", "");
            Path target = classes.resolve(path);
            Files.createDirectories(target.getParent());
            try (InputStream in = file.openInputStream()) {
                Files.copy(in, target);
            }
            names.add(path.replace(".class", "").replace('/', '.'));
        }
        return names;
    }

    private static Schema assemble(Compilation compilation, List<String> classNames) throws Exception {
        List<EntitySnapshot> fragments = new ArrayList<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getName().endsWith(".json")) {
                fragments.add(SnapshotCodec.fromJson(file.getCharContent(true).toString(), file.getName()));
            }
        }
        return SnapshotAssembler.assemble(fragments);
    }

    private static Metadata hibernate(ClassLoader loader, List<String> classNames, String naming, String defaultSchema)
            throws Exception {
        Map<String, Object> settings = new TreeMap<>();
        if (defaultSchema != null) {
            settings.put("hibernate.default_schema", defaultSchema);
        }
        settings.put("hibernate.dialect", "org.hibernate.dialect.H2Dialect");
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("hibernate.auto_quote_keyword", "true");
        if (naming.equals("snake_case")) {
            settings.put("hibernate.physical_naming_strategy",
                    "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");
        }
        var bootstrap = new org.hibernate.boot.registry.BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
        MetadataSources sources = new MetadataSources(registry);
        for (String name : classNames) {
            Class<?> type = Class.forName(name, false, loader);
            if (type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                sources.addAnnotatedClass(type);
            }
        }
        return sources.buildMetadata();
    }

    /** Hibernate's tables as "table" → sorted description lines; {@code defaultSchema}: of tables without one. */
    private static Map<String, String> describe(Metadata metadata, String defaultSchema) {
        Map<String, String> out = new TreeMap<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (!table.isPhysicalTable() || table.isAbstractUnionTable() || table.getName().equals("hibernate_sequences")) {
                    continue;
                }
                TreeSet<String> lines = new TreeSet<>();
                for (org.hibernate.mapping.Column column : table.getColumns()) {
                    lines.add("column " + column.getName() + " " + column.getSqlType(metadata).toLowerCase(java.util.Locale.ROOT)
                            + (column.isNullable() ? "" : " not null"));
                    if (column.isUnique()) {
                        lines.add("unique [" + column.getName() + "]");
                    }
                    List<String> checks = column.getCheckConstraints().stream()
                            .filter(c -> c.getName() == null)
                            .map(org.hibernate.mapping.CheckConstraint::getConstraint)
                            .toList();
                    if (!checks.isEmpty()) {
                        lines.add("check " + column.getName() + ": "
                                + (checks.size() == 1 ? checks.get(0) : "(" + String.join(") and (", checks) + ")"));
                    }
                    column.getCheckConstraints().stream()
                            .filter(c -> c.getName() != null)
                            .forEach(c -> lines.add("table check " + c.getName() + ": " + c.getConstraint()));
                }
                if (table.getPrimaryKey() != null) {
                    // Sorted: the metamodel holds key columns before SessionFactory reorders them (the DDL
                    // order is asserted against exported scripts in the other tests).
                    lines.add("pk " + sortedNames(table.getPrimaryKey().getColumns()));
                }
                for (org.hibernate.mapping.ForeignKey fk : table.getForeignKeyCollection()) {
                    if (fk.isCreationEnabled() && fk.getReferencedTable().isPhysicalTable()) {
                        List<org.hibernate.mapping.Column> referenced = fk.getReferencedColumns().isEmpty()
                                ? fk.getReferencedTable().getPrimaryKey().getColumns()
                                : fk.getReferencedColumns();
                        lines.add("fk " + fk.getName() + " " + names(fk.getColumns()) + " -> "
                                + qualified(schemaOr(fk.getReferencedTable().getSchema(), defaultSchema),
                                        fk.getReferencedTable().getName())
                                + names(referenced));
                    }
                }
                for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
                    lines.add("table check " + check.getName() + ": " + check.getConstraint());
                }
                for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
                    lines.add("index " + index.getName() + " " + names(index.getColumns()));
                }
                for (org.hibernate.mapping.UniqueKey unique : table.getUniqueKeys().values()) {
                    lines.add("unique " + sortedNames(unique.getColumns()));
                }
                out.put(qualified(schemaOr(table.getSchema(), defaultSchema), table.getName()), String.join("\n", lines));
            }
        }
        return out;
    }

    private static Map<String, String> describe(Schema schema) {
        Map<String, String> out = new TreeMap<>();
        for (Table table : schema.tables()) {
            if (table.name().equals("hibernate_sequences")) {
                continue;
            }
            TreeSet<String> lines = new TreeSet<>();
            for (Column column : table.columns()) {
                lines.add("column " + text(column.name()) + " " + H2TypeNames.of(column.type()).toLowerCase(java.util.Locale.ROOT)
                        + (column.nullable() ? "" : " not null"));
                if (column.check() != null) {
                    lines.add("check " + text(column.name()) + ": " + column.check());
                }
            }
            if (table.primaryKey() != null) {
                lines.add("pk " + table.primaryKey().columns().stream().map(HibernateMetadataTest::text).sorted().toList());
            }
            table.foreignKeys().forEach(fk -> lines.add("fk " + fk.name() + " " + fk.columns().stream().map(HibernateMetadataTest::text).toList()
                    + " -> " + text(fk.referencedTable()) + fk.referencedColumns().stream().map(HibernateMetadataTest::text).toList()));
            table.checks().forEach(check -> lines.add("table check " + check.name() + ": " + check.expression()));
            table.indexes().forEach(index -> lines.add("index " + index.name() + " "
                    + index.columns().stream().map(c -> text(c.split(" ")[0])).toList()));
            table.uniqueConstraints().forEach(unique -> lines.add("unique "
                    + unique.columns().stream().map(HibernateMetadataTest::text).sorted().toList()));
            out.put(text(table.name()), String.join("\n", lines));
        }
        return out;
    }

    /**
     * Discriminator value lists are compared as sets: Hibernate orders them by the order classes
     * were registered with it, which no fragment can know (see SnapshotAssembler).
     */
    private static Map<String, String> discriminatorValuesAsSets(Map<String, String> tables) {
        Map<String, String> out = new TreeMap<>();
        java.util.regex.Pattern in = java.util.regex.Pattern.compile("(check DTYPE: DTYPE in \\()(.*)(\\))");
        tables.forEach((table, lines) -> {
            java.util.regex.Matcher matcher = in.matcher(lines);
            StringBuilder result = new StringBuilder();
            while (matcher.find()) {
                String sorted = String.join(",", new TreeSet<>(List.of(matcher.group(2).split(","))));
                matcher.appendReplacement(result, java.util.regex.Matcher.quoteReplacement(matcher.group(1) + sorted + matcher.group(3)));
            }
            matcher.appendTail(result);
            out.put(table, result.toString());
        });
        return out;
    }

    /** A model name without backticks, each part of a qualified one on its own ({@code Billing.order}). */
    private static String text(String physical) {
        dev.migrator.model.QualifiedName name = dev.migrator.model.QualifiedName.parse(physical);
        return qualified(name.schema() == null ? null : unquoted(name.schema()), unquoted(name.name()));
    }

    private static String unquoted(String physical) {
        return physical.startsWith("`") ? physical.substring(1, physical.length() - 1) : physical;
    }

    private static String schemaOr(String schema, String defaultSchema) {
        return schema == null ? defaultSchema : schema;
    }

    /** Hibernate's table name with its physical schema, the way {@link #text} writes ours. */
    private static String qualified(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }

    private static List<String> names(List<org.hibernate.mapping.Column> columns) {
        return columns.stream().map(org.hibernate.mapping.Column::getName).toList();
    }

    private static List<String> sortedNames(List<org.hibernate.mapping.Column> columns) {
        return columns.stream().map(org.hibernate.mapping.Column::getName).sorted().toList();
    }
}
