package dev.migrator.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What other entities need to know about an entity: its JPA entity name, its table (logical and
 * physical name), its attributes and its primary-key columns.
 */
record EntityInfo(
        TypeElement element,
        String entityName,
        Name logicalTable,
        Name table,
        List<Attribute> attributes,
        List<IdColumn> idColumns) {

    String className() {
        return element.getQualifiedName().toString();
    }
}
