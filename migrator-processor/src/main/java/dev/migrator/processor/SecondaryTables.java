package dev.migrator.processor;

import dev.migrator.model.Column;
import dev.migrator.model.ForeignKey;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @SecondaryTable}s: keyed like the primary table (or by {@code pkJoinColumns}), with a
 * hashed FK to it; {@code @Column(table = ...)} then puts columns there (see {@link ColumnMapper}).
 */
final class SecondaryTables {
    private final Annotations annotations;
    private final Naming naming;
    private final List<Runnable> pending = new ArrayList<>();

    SecondaryTables(Annotations annotations, Naming naming) {
        this.annotations = annotations;
        this.naming = naming;
    }

    /** Applies the secondary tables' indexes and unique constraints, once their columns are mapped. */
    void finish() {
        pending.forEach(Runnable::run);
        pending.clear();
    }

    /** Declares the entity's secondary tables in {@code fragment}. */
    void declare(EntityInfo info, TableBuilder primary, Fragment fragment) {
        pending.clear(); // an earlier entity may have stopped with an error before finish()
        List<Ann> declared = new ArrayList<>();
        annotations.jpa(info.element(), "SecondaryTable").ifPresent(declared::add);
        annotations.jpa(info.element(), "SecondaryTables").ifPresent(all -> declared.addAll(all.annotations("value")));
        for (Ann secondary : declared) {
            Name name = new SchemaPlacement(naming).place(naming.physical(secondary.string("name")), info.element(), secondary);
            TableBuilder table = fragment.secondaryTable(secondary.string("name"), name);
            // No origin: the entity is its primary table's identity, and @Column(table = ...) knows a
            // secondary table only by its name, so a secondary table has no identity beyond that name.
            List<Ann> written = secondary.annotations("pkJoinColumns");
            List<Name> keyNames = new ArrayList<>();
            for (int i = 0; i < info.idColumns().size(); i++) {
                IdColumn id = info.idColumns().get(i);
                String explicit = i < written.size() ? written.get(i).string("name") : "";
                Name key = explicit.isEmpty() ? id.physical() : naming.physical(explicit);
                Column column = Column.of(key.physical(), id.type()).notNull()
                        .options(Options.of(i < written.size() ? written.get(i) : null));
                table.column(column, key, id.attribute().name(), info.element());
                keyNames.add(key);
            }
            table.primaryKey(keyNames.stream().map(Name::physical).toList());
            table.options(Options.of(secondary));
            // Indexes and uniques may name columns mapped later; they are applied after all attributes.
            pending.add(() -> new TableConstraints(annotations, naming).apply(info.element(), secondary, table));
            Ann foreignKey = secondary.annotation("foreignKey");
            if (foreignKey == null || !foreignKey.enumConstant("value").equals("NO_CONSTRAINT")) {
                String fkName = foreignKey == null || foreignKey.string("name").isEmpty()
                        ? ConstraintNames.foreignKey(name, primary.name(), keyNames)
                        : foreignKey.string("name");
                table.foreignKey(ForeignKey.of(fkName, keyNames.stream().map(Name::physical).toList(),
                        primary.name().physical(), info.idColumns().stream().map(c -> c.physical().physical()).toList())
                        .options(Options.of(foreignKey)));
            }
        }
    }

}
