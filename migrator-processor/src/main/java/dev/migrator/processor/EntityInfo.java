package dev.migrator.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What other entities need to know about an entity: its JPA entity name, its table (logical and
 * physical name; a single-table subclass has its root's), the attributes it maps into that table
 * (for a subclass: only those it declares, except with table-per-class), its primary-key columns
 * (those of its own table) and its place in an inheritance hierarchy.
 */
record EntityInfo(
        TypeElement element,
        String entityName,
        Name logicalTable,
        Name table,
        List<Attribute> attributes,
        List<IdColumn> idColumns,
        Hierarchy hierarchy) {

    String className() {
        return element.getQualifiedName().toString();
    }
}
