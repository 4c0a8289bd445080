package dev.migrator.diff;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.BOOLEAN;
import static dev.migrator.Dsl.INTEGER;
import static dev.migrator.Dsl.TEXT;
import static dev.migrator.Dsl.check;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.index;
import static dev.migrator.Dsl.numeric;
import static dev.migrator.Dsl.primaryKey;
import static dev.migrator.Dsl.sequence;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.timestamp;
import static dev.migrator.Dsl.unique;
import static dev.migrator.Dsl.uniqueIndex;
import static dev.migrator.Dsl.varchar;

import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Schema pairs (before, after) for the differ's invariants; the tutorial's model and variations of it. */
final class Scenarios {
    record Scenario(String name, Schema before, Schema after) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Scenarios() {}

    static Table user() {
        return table("user")
                .column(column("id", BIGINT).notNull())
                .column(column("name", varchar(255)))
                .column(column("fullname", varchar(255)))
                .primaryKey("id");
    }

    static Table address() {
        return table("address")
                .column(column("id", BIGINT).notNull())
                .column(column("email_address", varchar(255)).notNull())
                .column(column("user_id", BIGINT))
                .primaryKey("id")
                .foreignKey(foreignKey("FK6i66ijb8twgcqtetl8eeeed6v", "user_id", "user", "id"));
    }

    static Schema tutorial() {
        return new Schema(List.of(user(), address()), List.of());
    }

    static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    static Schema alter(Schema schema, String table, UnaryOperator<Table> change) {
        return schema.alterTable(table, change);
    }

    static List<Scenario> all() {
        Schema t = tutorial();
        List<Scenario> s = new ArrayList<>();
        s.add(new Scenario("empty to tutorial", Schema.EMPTY, t));
        s.add(new Scenario("one table", Schema.EMPTY, schema(user())));
        s.add(new Scenario("add a table with a foreign key", schema(user()), t));
        s.add(new Scenario("add column", t, alter(t, "user", u -> u.column(column("email", varchar(100))))));
        s.add(new Scenario("add not null column with default",
                t, alter(t, "user", u -> u.column(column("active", BOOLEAN).notNull().defaultValue("true")))));
        s.add(new Scenario("drop column", t, alter(t, "user", u -> u.withoutColumn("fullname"))));
        s.add(new Scenario("widen length", t,
                alter(t, "user", u -> u.alterColumn("name", c -> c.withType(varchar(500))))));
        s.add(new Scenario("type change", t,
                alter(t, "user", u -> u.alterColumn("name", c -> c.withType(TEXT)))));
        s.add(new Scenario("precision and scale", schema(table("p").column(column("price", numeric(10, 2)))),
                schema(table("p").column(column("price", numeric(12, 4))))));
        s.add(new Scenario("nullability", t,
                alter(t, "user", u -> u.alterColumn("name", c -> c.withNullable(false)))));
        s.add(new Scenario("default", t,
                alter(t, "user", u -> u.alterColumn("name", c -> c.defaultValue("'anonymous'")))));
        s.add(new Scenario("column comment", t,
                alter(t, "user", u -> u.alterColumn("name", c -> c.comment("shown to others")))));
        s.add(new Scenario("column check", t,
                alter(t, "user", u -> u.alterColumn("name", c -> c.check("name <> ''")))));
        s.add(new Scenario("table comment", t, alter(t, "user", u -> u.comment("people"))));
        s.add(new Scenario("identity", t,
                alter(t, "user", u -> u.alterColumn("id", c -> c.generatedAsIdentity()))));
        // Generated columns and options: no database alters them in place, the column is re-created.
        Schema generated = alter(t, "user", u -> u.column(column("twice", BIGINT).generatedAs("id * 2")));
        s.add(new Scenario("add generated column", t, generated));
        s.add(new Scenario("generated expression", generated,
                alter(generated, "user", u -> u.alterColumn("twice", c -> c.generatedAs("id * 3")))));
        s.add(new Scenario("generated to plain", generated,
                alter(generated, "user", u -> u.alterColumn("twice", c -> c.generatedAs(null)))));
        Schema options = alter(t, "user", u -> u.column(column("rank", INTEGER).options("default 1")));
        s.add(new Scenario("column options", options,
                alter(options, "user", u -> u.alterColumn("rank", c -> c.options("default 2")))));
        s.add(new Scenario("several column changes at once", t, alter(t, "user", u -> u.alterColumn("name",
                c -> c.withType(varchar(80)).notNull().defaultValue("'x'").comment("c").check("name <> ''")))));
        s.add(new Scenario("drop table with a foreign key", t, schema(user())));
        s.add(new Scenario("drop referenced and referencing tables", t, Schema.EMPTY));
        s.add(new Scenario("add unique", t,
                alter(t, "user", u -> u.unique(unique("UK_name", "name")))));
        s.add(new Scenario("add unnamed unique", t,
                alter(t, "user", u -> u.unique(unique(null, "name")))));
        Schema withUnique = alter(t, "user", u -> u.unique(unique("UK_name", "name")));
        s.add(new Scenario("change unique columns", withUnique,
                alter(t, "user", u -> u.unique(unique("UK_name", "name", "fullname")))));
        s.add(new Scenario("add index", t, alter(t, "user", u -> u.index(index("idx_name", "name")))));
        Schema withIndex = alter(t, "user", u -> u.index(index("idx_name", "name")));
        s.add(new Scenario("index becomes unique", withIndex,
                alter(t, "user", u -> u.index(uniqueIndex("idx_name", "name")))));
        s.add(new Scenario("index columns change", withIndex,
                alter(t, "user", u -> u.index(index("idx_name", "name desc", "fullname")))));
        s.add(new Scenario("drop index", withIndex, t));
        s.add(new Scenario("add check", t, alter(t, "user", u -> u.check(check("ck_id", "id > 0")))));
        s.add(new Scenario("change check", alter(t, "user", u -> u.check(check("ck_id", "id > 0"))),
                alter(t, "user", u -> u.check(check("ck_id", "id >= 0")))));
        s.add(new Scenario("primary key columns change", t,
                alter(t, "user", u -> u.alterColumn("name", c -> c.notNull()).primaryKey("id", "name"))));
        s.add(new Scenario("primary key name", t,
                alter(t, "user", u -> u.withPrimaryKey(primaryKey("pk_user", "id")))));
        s.add(new Scenario("drop primary key", t, alter(t, "user", u -> u.withPrimaryKey(null))));
        s.add(new Scenario("foreign key on delete", t, alter(t, "address", a -> a.withForeignKeys(
                List.of(a.foreignKeys().get(0).onDelete(ForeignKey.OnDelete.CASCADE))))));
        s.add(new Scenario("foreign key target changes", schema(user(), address(), table("account")
                        .column(column("id", BIGINT).notNull()).primaryKey("id")),
                schema(user(), address().withForeignKeys(List.of(
                        foreignKey("FK6i66ijb8twgcqtetl8eeeed6v", "user_id", "account", "id"))),
                        table("account").column(column("id", BIGINT).notNull()).primaryKey("id"))));
        s.add(new Scenario("drop foreign key column", t,
                alter(t, "address", a -> a.withForeignKeys(List.of()).withoutColumn("user_id"))));
        s.add(new Scenario("foreign key cycle", Schema.EMPTY, cycle()));
        s.add(new Scenario("drop a cycle", cycle(), Schema.EMPTY));
        s.add(new Scenario("self reference", Schema.EMPTY, schema(table("node")
                .column(column("id", BIGINT).notNull())
                .column(column("parent_id", BIGINT))
                .primaryKey("id")
                .foreignKey(foreignKey("FK_parent", "parent_id", "node", "id")))));
        s.add(new Scenario("many-to-many link table", t, linkTable(t)));
        s.add(new Scenario("composite foreign key", Schema.EMPTY, composite()));
        Schema seq = new Schema(t.tables(), List.of(sequence("user_seq", 1, 50)));
        s.add(new Scenario("create sequence", t, seq));
        s.add(new Scenario("drop sequence", seq, t));
        s.add(new Scenario("alter sequence", seq, new Schema(t.tables(), List.of(sequence("user_seq", 1, 1)))));
        s.add(new Scenario("index moves to another table with the same name",
                alter(t, "user", u -> u.index(index("idx", "name"))),
                alter(t, "address", a -> a.index(index("idx", "email_address")))));
        s.add(new Scenario("everything at once", withIndex, alter(linkTable(
                new Schema(t.tables(), List.of(sequence("s", 1, 1)))), "user", u -> u.withoutColumn("fullname")
                .column(column("created", timestamp(6)).notNull())
                .withIndexes(List.of())
                .comment("people"))));
        return s;
    }

    static Schema cycle() {
        return schema(
                table("a").column(column("id", INTEGER).notNull()).column(column("b_id", INTEGER)).primaryKey("id")
                        .foreignKey(foreignKey("FK_a_b", "b_id", "b", "id")),
                table("b").column(column("id", INTEGER).notNull()).column(column("a_id", INTEGER)).primaryKey("id")
                        .foreignKey(foreignKey("FK_b_a", "a_id", "a", "id")));
    }

    static Schema linkTable(Schema base) {
        Table department = table("Department").column(column("id", BIGINT).notNull()).primaryKey("id");
        Table link = table("Department_Employee")
                .column(column("Department_id", BIGINT).notNull())
                .column(column("employees_id", BIGINT).notNull())
                .primaryKey("Department_id", "employees_id")
                .foreignKey(foreignKey("FK_de_emp", "employees_id", "user", "id"))
                .foreignKey(foreignKey("FK_de_dep", "Department_id", "Department", "id"));
        return base.withTable(department).withTable(link);
    }

    static Schema composite() {
        return schema(
                table("parent").column(column("a", INTEGER).notNull()).column(column("b", INTEGER).notNull())
                        .primaryKey("a", "b"),
                table("child").column(column("id", INTEGER).notNull()).column(column("pa", INTEGER))
                        .column(column("pb", INTEGER)).primaryKey("id")
                        .foreignKey(foreignKey("FK_child", List.of("pa", "pb"), "parent", List.of("a", "b"))));
    }
}
