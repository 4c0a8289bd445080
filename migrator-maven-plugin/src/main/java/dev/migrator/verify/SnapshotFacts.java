package dev.migrator.verify;

import dev.migrator.dialect.Dialect;
import dev.migrator.dialect.IdentifierQuoter;
import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.QualifiedName;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import dev.migrator.model.TypeKind;
import dev.migrator.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Describes our assembled {@link Schema} as {@link SchemaFacts}, exactly as {@link HibernateFacts}
 * describes Hibernate's metamodel: types are the names our {@link Dialect} renders
 * ({@link Dialect#typeName}), names are quoted where our dialect quotes them (explicitly quoted
 * names and the dialect's keywords, the same list Hibernate was given).
 */
public final class SnapshotFacts {
    private final IdentifierQuoter quoter;
    private final Dialect dialect;
    private final SchemaFacts facts = new SchemaFacts();

    private SnapshotFacts(Dialect dialect, IdentifierQuoter quoter) {
        this.dialect = dialect;
        this.quoter = quoter;
    }

    public static SchemaFacts describe(Schema schema, Dialect dialect) {
        SnapshotFacts describer = new SnapshotFacts(dialect, HibernateDialects.quoter(dialect));
        for (Table table : schema.tables()) {
            describer.table(table);
        }
        for (Sequence sequence : schema.sequences()) {
            String subject = describer.facts.subject("sequence " + describer.qualifiedName(sequence.name()));
            describer.facts.put(subject, "start", Long.toString(sequence.start()));
            describer.facts.put(subject, "increment", Long.toString(sequence.increment()));
            describer.facts.putOptions(subject, sequence.options());
        }
        return describer.facts;
    }

    private void table(Table table) {
        String subject = facts.subject(SchemaFacts.table(qualifiedName(table.name())));
        facts.put(subject, "comment", table.comment());
        facts.putOptions(subject, table.options());
        for (Column column : table.columns()) {
            String key = SchemaFacts.part(subject, "column " + name(column.name()));
            facts.put(key, "type", dialect.typeName(column.type()).toLowerCase(Locale.ROOT));
            facts.put(key, "nullable", FactText.yesNo(column.nullable()));
            facts.put(key, "default", column.defaultValue());
            facts.put(key, "identity", FactText.yesNo(column.identity()));
            facts.put(key, "comment", column.comment());
            if (column.generatedAs() != null) {
                facts.put(key, "generated as", column.generatedAs());
            }
            facts.putOptions(key, column.options());
            facts.put(key, "check", CheckExpressions.normalize(check(column)));
        }
        if (table.primaryKey() != null) {
            facts.put(SchemaFacts.part(subject, "primary key"), "columns", names(table.primaryKey().columns()));
        }
        for (ForeignKey fk : table.foreignKeys()) {
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < fk.columns().size(); i++) {
                pairs.add(name(fk.columns().get(i)) + " -> "
                        + (i < fk.referencedColumns().size() ? name(fk.referencedColumns().get(i)) : "?"));
            }
            String key = SchemaFacts.part(subject, "foreign key " + fk.name());
            facts.put(key, "columns", FactText.sortedList(pairs));
            facts.put(key, "references", qualifiedName(fk.referencedTable()));
            facts.put(key, "on delete", FactText.enumText(fk.onDelete() == null ? null : fk.onDelete().name()));
            facts.putOptions(key, fk.options());
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            facts.putOptions(facts.subject(SchemaFacts.part(subject, "unique " + names(unique.columns()))), unique.options());
        }
        for (Index index : table.indexes()) {
            List<String> columns = index.columns().stream().map(this::indexColumn).toList();
            String key = SchemaFacts.part(subject, "index " + index.name());
            facts.put(key, "columns", columns.toString());
            facts.put(key, "unique", FactText.yesNo(index.unique()));
            facts.putOptions(key, index.options());
        }
        for (CheckConstraint check : table.checks()) {
            String expression = CheckExpressions.normalize(check.expression());
            if (check.name() == null) {
                facts.subject(SchemaFacts.part(subject, "check (" + expression + ")"));
            } else {
                facts.put(SchemaFacts.part(subject, "check " + check.name()), "expression", expression);
            }
        }
    }

    /**
     * The column check as our dialect writes it: a dialect without native enums (PostgreSQL: the type
     * is {@code varchar}) adds {@code c in ('A','B')} before the model's own check, and several
     * conditions are joined {@code (a) and (b)}, as Hibernate joins them.
     */
    private String check(Column column) {
        List<String> conditions = new ArrayList<>();
        if (column.type().kind() == TypeKind.ENUM && !dialect.typeName(column.type()).startsWith("enum")) {
            conditions.add(dialect.quote(column.name()) + " in ("
                    + column.type().values().stream().map(dialect::literal).collect(Collectors.joining(",")) + ")");
        }
        if (column.check() != null) {
            conditions.add(column.check());
        }
        if (conditions.isEmpty()) {
            return null;
        }
        return conditions.size() == 1 ? conditions.get(0) : "(" + String.join(") and (", conditions) + ")";
    }

    /** An index entry is a column name optionally followed by {@code asc}/{@code desc}. */
    private String indexColumn(String entry) {
        int space = entry.lastIndexOf(' ');
        if (space > 0 && !entry.endsWith("`")) {
            String order = entry.substring(space + 1).toLowerCase(Locale.ROOT);
            if (order.equals("asc") || order.equals("desc")) {
                return name(entry.substring(0, space)) + " " + order;
            }
        }
        return name(entry);
    }

    private String names(List<String> columns) {
        return FactText.sortedList(columns.stream().map(this::name).toList());
    }

    /** A table's or sequence's name, each part of a qualified one ({@code sales.orders}) quoted on its own. */
    private String qualifiedName(String physical) {
        QualifiedName parts = QualifiedName.parse(physical);
        return FactText.qualified(parts.schema() == null ? null : name(parts.schema()), name(parts.name()));
    }

    /** Quoted as our dialect quotes it: explicitly quoted ({@code `Foo`}) or a keyword of the dialect. */
    private String name(String physical) {
        String text = IdentifierQuoter.unwrap(physical);
        boolean quoted = !text.equals(physical) || quoter.isKeyword(text);
        return FactText.name(text, quoted);
    }
}
