package dev.migrator.processor;

import dev.migrator.model.Index;
import dev.migrator.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Table(uniqueConstraints, indexes)} to constraints, as Hibernate's create-mode DDL has
 * them on H2 and PostgreSQL (Hibernate's {@code CreateTableUniqueDelegate} and {@code IndexBinder}): unique constraints and unique indexes are
 * inline and unnamed unless named explicitly; a single-column one on an already unique column is
 * dropped; non-unique indexes are named {@code IDX<hash>} over the table and the column names
 * <em>as written</em> in {@code columnList}, while the index itself lists physical columns.
 */
final class TableConstraints {
    private final Annotations annotations;
    private final Naming naming;

    TableConstraints(Annotations annotations, Naming naming) {
        this.annotations = annotations;
        this.naming = naming;
    }

    void apply(TypeElement entity, EntityInfo info, TableBuilder table) {
        Ann tableAnn = annotations.jpa(entity, "Table").orElse(null);
        if (tableAnn != null) {
            apply(entity, tableAnn, table);
        }
    }

    /**
     * The {@code uniqueConstraints} and {@code indexes} of a table-like annotation ({@code @Table},
     * {@code @JoinTable}, {@code @CollectionTable}, {@code @SecondaryTable}); errors are reported on
     * {@code element}.
     */
    void apply(javax.lang.model.element.Element element, Ann tableAnn, TableBuilder table) {
        for (Ann unique : tableAnn.annotations("uniqueConstraints")) {
            List<String> columns = new ArrayList<>();
            for (String written : unique.strings("columnNames")) {
                columns.add(physical(element, unique, table, written.trim()));
            }
            addUnique(table, unique.string("name"), columns, Options.of(unique));
        }
        for (Ann index : tableAnn.annotations("indexes")) {
            List<Name> written = new ArrayList<>();
            List<String> entries = new ArrayList<>();
            for (String part : index.string("columnList").split(",")) {
                String[] words = part.trim().split("\\s+");
                written.add(naming.name(words[0]));
                String physical = physical(element, index, table, words[0]);
                entries.add(words.length > 1 ? physical + " " + words[1].toLowerCase(java.util.Locale.ROOT) : physical);
            }
            if (index.bool("unique", false)) {
                addUnique(table, index.string("name"), entries, Options.of(index));
            } else {
                String name = index.string("name").isEmpty() ? ConstraintNames.index(table.name(), written) : index.string("name");
                table.index(new Index(name, entries, false, Options.of(index)));
            }
        }
    }

    private static void addUnique(TableBuilder table, String name, List<String> columns, String options) {
        UniqueConstraint candidate = new UniqueConstraint(name.isEmpty() ? null : name, columns, options);
        UniqueConstraint inline = new UniqueConstraint(null, columns);
        // Hibernate drops an unnamed single-column unique key on a column that is unique already, its
        // options with it (CreateTableUniqueDelegate writes the column's own "unique" instead).
        if (candidate.name() == null && columns.size() == 1 && table.build().uniqueConstraints().contains(inline)) {
            return;
        }
        table.unique(candidate);
    }

    /** The physical column a written name refers to: matched by logical name, then by physical name. */
    private String physical(javax.lang.model.element.Element entity, Ann annotation, TableBuilder table, String written) {
        Name name = naming.name(written);
        for (Map.Entry<String, Name> column : table.columnNames().entrySet()) {
            if (column.getValue().text().equals(name.text()) || column.getKey().equals(written)) {
                return column.getKey();
            }
        }
        for (Map.Entry<String, String> logical : table.logicalNames().entrySet()) {
            if (logical.getKey().equals(name.text())) {
                return logical.getValue();
            }
        }
        throw new MappingError(entity, annotation.mirror(), Diagnostics.MIG007, "@" + simpleName(annotation), written,
                table.name().physical());
    }

    private static String simpleName(Ann annotation) {
        return annotation.mirror().getAnnotationType().asElement().getSimpleName().toString();
    }
}
