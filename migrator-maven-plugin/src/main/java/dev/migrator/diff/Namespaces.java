package dev.migrator.diff;

import dev.migrator.model.QualifiedName;
import dev.migrator.model.Schema;
import dev.migrator.operation.CreateSchema;
import dev.migrator.operation.DropSchema;
import java.util.Set;

/**
 * The schemas a diff creates and drops (decision D4). The model keeps no list of schemas: a schema
 * is in use while a table or sequence is named in it ({@link Schema#namespaces()}), so a schema
 * comes with the first of them ({@link Phase#CREATE_SCHEMAS}, before any rename that moves a table
 * in) and goes after the last one left ({@link Phase#DROP_SCHEMAS}). The default schema is never
 * created nor dropped, also when a name spells it out ({@link QualifiedName#isDefaultSchemaName}).
 */
final class Namespaces {
    private Namespaces() {}

    static void diff(Schema before, Schema after, Phases out) {
        Set<String> was = before.namespaces();
        Set<String> is = after.namespaces();
        for (String schema : is) {
            if (!was.contains(schema) && !QualifiedName.isDefaultSchemaName(schema)) {
                out.add(Phase.CREATE_SCHEMAS, new CreateSchema(schema));
            }
        }
        for (String schema : was) {
            if (!is.contains(schema) && !QualifiedName.isDefaultSchemaName(schema)) {
                out.add(Phase.DROP_SCHEMAS, new DropSchema(schema));
            }
        }
    }
}
