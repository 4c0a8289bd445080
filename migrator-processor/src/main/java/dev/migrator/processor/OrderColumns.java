package dev.migrator.processor;

import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import java.util.Optional;

/** {@code @OrderColumn}: {@code <attribute>_ORDER integer not null} unless named otherwise. */
final class OrderColumns {
    private final Annotations annotations;
    private final Naming naming;

    OrderColumns(Annotations annotations, Naming naming) {
        this.annotations = annotations;
        this.naming = naming;
    }

    /** Adds the order column of {@code attribute} to {@code table}, if it has one. */
    Optional<Column> add(Attribute attribute, TableBuilder table, Fragment fragment, EntityInfo owner) {
        Optional<Ann> order = annotations.jpa(attribute.element(), "OrderColumn");
        if (order.isEmpty()) {
            return Optional.empty();
        }
        String written = order.get().string("name");
        Name name = naming.physical(written.isEmpty() ? attribute.name() + "_ORDER" : written);
        Column column = Column.of(name.physical(), ColumnType.INTEGER).notNull().options(Options.of(order.get()));
        table.column(column, name, attribute.name(), attribute.element());
        fragment.origin(table.name(), name, attribute.origin(owner.className()));
        return Optional.of(column);
    }
}
