package dev.migrator.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * Describes Hibernate's boot metamodel as {@link SchemaFacts}, in the vocabulary
 * {@link SnapshotFacts} uses for our schema: the tables Hibernate would create (physical tables
 * only: not the abstract root of a {@code TABLE_PER_CLASS} hierarchy), their columns with the
 * dialect's own SQL type ({@link Column#getSqlType(Metadata)}), nullability, default, column check
 * and comment, the primary key, foreign keys that Hibernate creates, unique column sets, indexes,
 * named and table checks, and sequences with start and increment.
 *
 * <p>Read after any SessionFactory was built: Bean Validation changes the metamodel's columns then.
 */
public final class HibernateFacts {
    private final Metadata metadata;
    private final SchemaFacts facts = new SchemaFacts();

    /** {@code hibernate.default_schema} as Hibernate renders it, or {@code null}: the schema of names without one. */
    private final String defaultSchema;

    private HibernateFacts(Metadata metadata) {
        this.metadata = metadata;
        this.defaultSchema = defaultSchema(metadata);
    }

    /**
     * Hibernate applies {@code hibernate.default_schema} when it renders SQL, not in the metamodel
     * ({@code MappingDefaultsImpl}); it becomes an identifier (keyword quoting) without physical
     * naming, as the processor's {@code -Amigrator.defaultSchema} does.
     */
    private static String defaultSchema(Metadata metadata) {
        Object setting = metadata.getDatabase().getServiceRegistry()
                .requireService(org.hibernate.engine.config.spi.ConfigurationService.class)
                .getSettings().get(org.hibernate.cfg.AvailableSettings.DEFAULT_SCHEMA);
        if (setting == null || setting.toString().isBlank()) {
            return null;
        }
        Identifier schema = metadata.getDatabase().getJdbcEnvironment().getIdentifierHelper()
                .toIdentifier(setting.toString().strip());
        return name(schema);
    }

    public static SchemaFacts describe(Metadata metadata) {
        HibernateFacts describer = new HibernateFacts(metadata);
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && !table.isAbstractUnionTable()) {
                    describer.table(table);
                }
            }
            for (Sequence sequence : namespace.getSequences()) {
                Identifier schema = sequence.getName().getSchemaName();
                String subject = describer.facts.subject("sequence " + FactText.qualified(
                        schema == null ? describer.defaultSchema : name(schema), name(sequence.getName().getSequenceName())));
                describer.facts.put(subject, "start", Integer.toString(sequence.getInitialValue()));
                describer.facts.put(subject, "increment", Integer.toString(sequence.getIncrementSize()));
                describer.facts.putOptions(subject, sequence.getOptions());
            }
        }
        return describer.facts;
    }

    private void table(Table table) {
        String subject = facts.subject(SchemaFacts.table(name(table)));
        facts.put(subject, "comment", blankAsNone(table.getComment()));
        facts.putOptions(subject, table.getOptions());
        for (Column column : table.getColumns()) {
            column(subject, column, table);
        }
        if (table.getPrimaryKey() != null) {
            facts.put(SchemaFacts.part(subject, "primary key"), "columns", sorted(table.getPrimaryKey().getColumns()));
        }
        for (ForeignKey fk : table.getForeignKeyCollection()) {
            if (!fk.isCreationEnabled() || !fk.getReferencedTable().isPhysicalTable()) {
                continue;
            }
            List<Column> referenced = !fk.getReferencedColumns().isEmpty() ? fk.getReferencedColumns()
                    : fk.getReferencedTable().getPrimaryKey() != null ? fk.getReferencedTable().getPrimaryKey().getColumns()
                    : List.of();
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < fk.getColumns().size(); i++) {
                pairs.add(name(fk.getColumns().get(i)) + " -> " + (i < referenced.size() ? name(referenced.get(i)) : "?"));
            }
            String key = SchemaFacts.part(subject, "foreign key " + fk.getName());
            facts.put(key, "columns", FactText.sortedList(pairs));
            facts.put(key, "references", name(fk.getReferencedTable()));
            facts.put(key, "on delete", FactText.enumText(fk.getOnDeleteAction() == null ? null : fk.getOnDeleteAction().name()));
            facts.putOptions(key, fk.getOptions());
        }
        for (UniqueKey unique : table.getUniqueKeys().values()) {
            String key = facts.subject(SchemaFacts.part(subject, "unique " + sorted(unique.getColumns())));
            // A one-column key on a column already unique is written as the column's "unique", without
            // the key's options (CreateTableUniqueDelegate), so the database never gets them.
            boolean inline = unique.getColumns().size() == 1 && (unique.getColumns().get(0).isUnique()
                    || table.getColumn(unique.getColumns().get(0)) != null && table.getColumn(unique.getColumns().get(0)).isUnique());
            facts.putOptions(key, inline ? null : unique.getOptions());
        }
        for (Index index : table.getIndexes().values()) {
            Map<Column, String> order = index.getColumnOrderMap();
            List<String> columns = index.getColumns().stream()
                    .map(c -> name(c) + (order.get(c) == null || order.get(c).isBlank() ? "" : " " + order.get(c).trim().toLowerCase(Locale.ROOT)))
                    .toList();
            String key = SchemaFacts.part(subject, "index " + index.getName());
            facts.put(key, "columns", columns.toString());
            facts.put(key, "unique", FactText.yesNo(index.isUnique()));
            facts.putOptions(key, index.getOptions());
        }
        for (CheckConstraint check : table.getChecks()) {
            tableCheck(subject, check);
        }
    }

    private void column(String table, Column column, Table owner) {
        String subject = SchemaFacts.part(table, "column " + name(column));
        facts.put(subject, "type", column.getSqlType(metadata).toLowerCase(Locale.ROOT));
        facts.put(subject, "nullable", FactText.yesNo(column.isNullable()));
        facts.put(subject, "default", column.getDefaultValue());
        facts.put(subject, "identity", FactText.yesNo(column.isIdentity()));
        // A blank comment is none: the exporters write no comment for it (a to-one's @JoinTable key column gets "").
        facts.put(subject, "comment", blankAsNone(column.getComment()));
        // Only when present, so that the verify report of a model without them is as it was.
        if (column.getGeneratedAs() != null) {
            facts.put(subject, "generated as", column.getGeneratedAs());
        }
        facts.putOptions(subject, column.getOptions());
        // Unnamed column checks are written inline, joined with "and" (Column.checkConstraint()); named ones are table constraints.
        List<String> inline = column.getCheckConstraints().stream()
                .filter(c -> c.getName() == null)
                .map(CheckConstraint::getConstraint)
                .toList();
        facts.put(subject, "check", inline.isEmpty() ? null
                : CheckExpressions.normalize(inline.size() == 1 ? inline.get(0) : "(" + String.join(") and (", inline) + ")"));
        column.getCheckConstraints().stream().filter(c -> c.getName() != null).forEach(c -> tableCheck(table, c));
        // The exporter writes no "unique" on the one-column primary key (ColumnDefinitions), e.g. an @Id @OneToOne.
        if (column.isUnique() && !owner.isPrimaryKey(column)) {
            facts.subject(SchemaFacts.part(table, "unique [" + name(column) + "]"));
        }
    }

    private static String blankAsNone(String comment) {
        return comment == null || comment.isBlank() ? null : comment;
    }

    private void tableCheck(String table, CheckConstraint check) {
        String expression = CheckExpressions.normalize(check.getConstraint());
        if (check.getName() == null) {
            facts.subject(SchemaFacts.part(table, "check (" + expression + ")"));
        } else {
            facts.put(SchemaFacts.part(table, "check " + check.getName()), "expression", expression);
        }
    }

    private static String sorted(List<Column> columns) {
        return FactText.sortedList(columns.stream().map(HibernateFacts::name).toList());
    }

    /** The table's name with its physical schema (decision D4), or the default schema's. */
    private String name(Table table) {
        String schema = table.getSchema() == null ? defaultSchema : FactText.name(table.getSchema(), table.isSchemaQuoted());
        return FactText.qualified(schema, FactText.name(table.getName(), table.isQuoted()));
    }

    private static String name(Column column) {
        return FactText.name(column.getName(), column.isQuoted());
    }

    private static String name(Identifier identifier) {
        return FactText.name(identifier.getText(), identifier.isQuoted());
    }
}
