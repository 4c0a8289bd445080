package dev.migrator.it.oracle;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.sequence;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;

import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import java.util.List;

/**
 * The tutorial's schema models written by hand, physical name for physical name, as the brief's
 * model contract says the processor must produce them for the {@code fixtures.tutorial} steps.
 * Comparing them against Hibernate tests the differ and the dialects without the processor, so a
 * failure of the processor-driven comparison can be routed: if this one passes, the snapshot is
 * wrong.
 */
final class HandBuiltTutorial {
    private HandBuiltTutorial() {}

    static List<Schema> steps() {
        return List.of(step1(), step2(), step3(), step4());
    }

    static Schema step1() {
        return new Schema(List.of(user(50), address()), List.of(sequence("User_SEQ", 1, 50), sequence("Address_SEQ", 1, 50)));
    }

    static Schema step2() {
        return withPeople(step1(), false);
    }

    static Schema step3() {
        return withPeople(step1(), true);
    }

    static Schema step4() {
        return step3().withTable(user(100));
    }

    private static Table user(int nicknameLength) {
        return table("user")
                .column(column("id", BIGINT).notNull())
                .column(column("fullname", varchar(255)))
                .column(column("name", varchar(255)))
                .column(column("nickname", varchar(nicknameLength)))
                .primaryKey("id");
    }

    private static Table address() {
        // Hibernate quotes an implicit join column when the referenced table's name is quoted
        // (AnnotatedJoinColumns.buildDefaultColumnName): "user" is a keyword, so user_id is quoted.
        return table("Address")
                .column(column("id", BIGINT).notNull())
                .column(column("email_address", varchar(255)).notNull())
                .column(column("`user_id`", BIGINT))
                .primaryKey("id")
                .foreignKey(foreignKey("FKpoeoib3re558o8xm7njy3e359", "`user_id`", "user", "id"));
    }

    private static Schema withPeople(Schema schema, boolean phone) {
        Table employee = table("Employee")
                .column(column("id", BIGINT).notNull())
                .column(column("name", varchar(255)).notNull())
                .primaryKey("id");
        if (phone) {
            employee = employee.column(column("phone", varchar(20)));
        }
        return schema.withTable(employee)
                .withTable(table("Department")
                        .column(column("id", BIGINT).notNull())
                        .column(column("name", varchar(255)))
                        .primaryKey("id"))
                // Hibernate's key of a Set's join table lists the columns in this order (checked on both databases).
                .withTable(table("Employee_Department")
                        .column(column("employees_id", BIGINT).notNull())
                        .column(column("departments_id", BIGINT).notNull())
                        .primaryKey("departments_id", "employees_id")
                        .foreignKey(foreignKey("FKgr1ml92p4fqq469fkn4dchgr5", "employees_id", "Employee", "id"))
                        .foreignKey(foreignKey("FKii6lcnvmng00u6cvtonxtpy30", "departments_id", "Department", "id")))
                .withSequence(sequence("Employee_SEQ", 1, 50))
                .withSequence(sequence("Department_SEQ", 1, 50));
    }
}
