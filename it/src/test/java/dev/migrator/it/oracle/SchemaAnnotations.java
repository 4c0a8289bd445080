package dev.migrator.it.oracle;

import jakarta.persistence.Table;
import java.util.List;

/** Whether a fixture's entities place tables in schemas, which the Hibernate export needs to be told about on H2. */
final class SchemaAnnotations {
    private SchemaAnnotations() {}

    /** Whether one of {@code entities} has {@code @Table(schema = ...)} (jakarta; the javax fixture has none). */
    static boolean placeATableInASchema(List<Class<?>> entities) {
        return entities.stream()
                .map(type -> type.getAnnotation(Table.class))
                .anyMatch(table -> table != null && !table.schema().isEmpty());
    }
}
