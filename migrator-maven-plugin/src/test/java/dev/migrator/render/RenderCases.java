package dev.migrator.render;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.BOOLEAN;
import static dev.migrator.Dsl.INTEGER;
import static dev.migrator.Dsl.check;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.index;
import static dev.migrator.Dsl.primaryKey;
import static dev.migrator.Dsl.sequence;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.unique;
import static dev.migrator.Dsl.uniqueIndex;
import static dev.migrator.Dsl.varchar;

import dev.migrator.diff.SchemaDiffer;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.model.TypeKind;
import dev.migrator.operation.AddCheckConstraint;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.AddPrimaryKey;
import dev.migrator.operation.AddUniqueConstraint;
import dev.migrator.operation.AlterColumnCheck;
import dev.migrator.operation.AlterColumnComment;
import dev.migrator.operation.AlterColumnDefault;
import dev.migrator.operation.AlterColumnNullability;
import dev.migrator.operation.SetNotNull;
import dev.migrator.operation.AlterColumnIdentity;
import dev.migrator.operation.AlterColumnType;
import dev.migrator.operation.AlterSequence;
import dev.migrator.operation.CreateIndex;
import dev.migrator.operation.CreateSequence;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropCheckConstraint;
import dev.migrator.operation.DropColumn;
import dev.migrator.operation.DropForeignKey;
import dev.migrator.operation.DropIndex;
import dev.migrator.operation.DropPrimaryKey;
import dev.migrator.operation.DropSequence;
import dev.migrator.operation.DropTable;
import dev.migrator.operation.DropUniqueConstraint;
import dev.migrator.operation.ExecuteSql;
import dev.migrator.operation.Operation;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import dev.migrator.operation.SetTableComment;
import java.util.List;

/** Representative migrations for the golden files and the compile round trip. */
final class RenderCases {
    static final String PACKAGE = "com.example.migrations";

    private RenderCases() {}

    static List<MigrationSpec> all() {
        return List.of(initial(), addEmail(), drops(), kitchenSink(), emptyMerge(), renames(), generatedColumns(), options(), schemas());
    }

    /**
     * Tables and a sequence in schemas (decision D4): the schemas are created first, a table in one
     * references a table in another and one in the default schema; the downgrade drops them last.
     */
    static MigrationSpec schemas() {
        Table orders = table("sales.orders").origin("com.example.Order")
                .column(column("id", BIGINT).notNull().origin("com.example.Order#id"))
                .column(column("user_id", BIGINT).origin("com.example.Order#user"))
                .primaryKey("id")
                .foreignKey(foreignKey("FKorders_user", "user_id", "user", "id"));
        Table invoice = table("`Billing`.`order`").origin("com.example.Invoice")
                .column(column("id", BIGINT).notNull().origin("com.example.Invoice#id"))
                .column(column("order_id", BIGINT).origin("com.example.Invoice#order"))
                .primaryKey("id")
                .foreignKey(foreignKey("FKinvoice_order", "order_id", "sales.orders", "id"));
        Schema after = new Schema(List.of(tutorial().tables().get(0), tutorial().tables().get(1), orders, invoice),
                List.of(sequence("sales.orders_seq", 1, 50)));
        return spec("0009_schemas", "V0009_Schemas", List.of("0008_options"), "schemas",
                SchemaDiffer.diff(tutorial(), after));
    }

    static Schema tutorial() {
        Table user = table("user").origin("com.example.User")
                .column(column("id", BIGINT).notNull().origin("com.example.User#id"))
                .column(column("name", varchar(255)).origin("com.example.User#name"))
                .column(column("fullname", varchar(255)).origin("com.example.User#fullname"))
                .primaryKey("id");
        Table address = table("address").origin("com.example.Address")
                .column(column("id", BIGINT).notNull().origin("com.example.Address#id"))
                .column(column("email_address", varchar(255)).notNull().origin("com.example.Address#emailAddress"))
                .column(column("user_id", BIGINT).origin("com.example.Address#user"))
                .primaryKey("id")
                .foreignKey(foreignKey("FK6i66ijb8twgcqtetl8eeeed6v", "user_id", "user", "id"));
        return new Schema(List.of(user, address), List.of());
    }

    static MigrationSpec spec(String id, String className, List<String> parents, String message, List<Operation> up) {
        return new MigrationSpec(PACKAGE, className, id, parents, message, up, Downgrade.of(up));
    }

    static MigrationSpec initial() {
        return spec("0001_create_the_example_database", "V0001_CreateTheExampleDatabase", List.of(),
                "create the example database", SchemaDiffer.diff(Schema.EMPTY, tutorial()));
    }

    static MigrationSpec addEmail() {
        Schema after = tutorial().alterTable("user", u -> u
                .column(column("email", varchar(100)).notNull().defaultValue("''").origin("com.example.User#email"))
                .alterColumn("name", c -> c.withType(varchar(500)))
                .unique(unique("UK_user_email", "email"))
                .index(index("idx_user_name", "name", "fullname desc")));
        return spec("0002_add_email_to_user", "V0002_AddEmailToUser", List.of("0001_create_the_example_database"),
                "add email to user", SchemaDiffer.diff(tutorial(), after));
    }

    static MigrationSpec drops() {
        Schema after = new Schema(List.of(tutorial().requireTable("user").withoutColumn("fullname")
                .alterColumn("name", c -> c.withType(varchar(40)))), List.of());
        return spec("0003_remove_addresses", "V0003_RemoveAddresses", List.of("0002_add_email_to_user"),
                "remove addresses", SchemaDiffer.diff(tutorial(), after));
    }

    /** Every operation the renderer knows except Java steps, with every kind of type and awkward strings. */
    /** Hibernate's {@code @GeneratedColumn} and JPA's {@code @Column(options)}, the SQL kept verbatim. */
    static MigrationSpec generatedColumns() {
        Schema after = tutorial().alterTable("user", u -> u
                .column(column("label", varchar(600)).generatedAs("name || ' \"' || fullname || '\"'")
                        .origin("com.example.User#label"))
                .column(column("rank", INTEGER).notNull().options("default 7 check (rank > 0)")
                        .origin("com.example.User#rank")));
        return spec("0007_generated_columns", "V0007_GeneratedColumns", List.of("0006_rename_user"),
                "generated columns", SchemaDiffer.diff(tutorial(), after));
    }

    /**
     * JPA 3.2 {@code options}: on a new table and its unique constraint, index and foreign key, on a
     * new sequence; a changed options fragment on a foreign key (dropped and added again), and on an
     * existing table and sequence (recorded, and marked as a manual step).
     */
    static MigrationSpec options() {
        Schema before = tutorial().withSequence(sequence("user_SEQ", 1, 50).options("cache 10"));
        Table tag = table("tag").origin("com.example.Tag")
                .column(column("id", BIGINT).notNull().origin("com.example.Tag#id"))
                .column(column("label", varchar(40)).origin("com.example.Tag#label"))
                .column(column("user_id", BIGINT).origin("com.example.Tag#user"))
                .primaryKey("id")
                .unique(unique("UK_tag_label", "label").options("deferrable initially deferred"))
                .index(index("IDX_tag_user", "user_id").options("include (label)"))
                .foreignKey(foreignKey("FK_tag_user", "user_id", "user", "id").options("on update cascade"))
                .options("with (fillfactor=70)");
        Schema after = before
                .alterTable("user", u -> u.options("with (fillfactor=90)"))
                .alterTable("address", a -> a.withForeignKeys(List.of(foreignKey("FK6i66ijb8twgcqtetl8eeeed6v", "user_id",
                        "user", "id").options("deferrable"))))
                .withTable(tag)
                .withSequence(sequence("user_SEQ", 1, 50).options("cache 20"))
                .withSequence(sequence("tag_SEQ", 1, 50).options("minvalue 1 maxvalue 999999"));
        return spec("0008_options", "V0008_Options", List.of("0007_generated_columns"), "options",
                SchemaDiffer.diff(before, after));
    }

    static MigrationSpec kitchenSink() {
        Table all = table("`Weird\"Name`").origin("com.example.Weird$Inner\"\\")
                .column(column("id", BIGINT).notNull().generatedAsIdentity())
                .column(column("flag", BOOLEAN).defaultValue("false").comment("a \"quoted\" comment\nwith a line break"))
                .column(column("amount", dev.migrator.Dsl.numeric(12, 2)).check("amount >= 0"))
                .column(column("ratio", dev.migrator.Dsl.floatType(24)))
                .column(column("at", dev.migrator.Dsl.timestampWithTimeZone(6)))
                .column(column("t", dev.migrator.Dsl.time(0)))
                .column(column("tz", dev.migrator.Dsl.timeWithTimeZone(3)))
                .column(column("ts", dev.migrator.Dsl.timestamp(6)))
                .column(column("iv", dev.migrator.Dsl.intervalSecond(9, 6)))
                .column(column("code", dev.migrator.Dsl.character(3)))
                .column(column("ncode", dev.migrator.Dsl.nchar(2)))
                .column(column("nname", dev.migrator.Dsl.nvarchar(20)))
                .column(column("bin", dev.migrator.Dsl.binary(16)))
                .column(column("vbin", dev.migrator.Dsl.varbinary(1000)))
                .column(column("status", dev.migrator.Dsl.enumOf("ACTIVE", "GONE")))
                .column(column("doc", dev.migrator.Dsl.custom("jsonb")))
                .column(column("plain_varchar", dev.migrator.Dsl.type(TypeKind.VARCHAR)))
                .column(column("odd_numeric", new ColumnType(TypeKind.NUMERIC, null, 10, null, List.of(), null)))
                .column(column("odd_text", new ColumnType(TypeKind.TEXT, 5, null, null, List.of(), null)))
                .column(column("u", dev.migrator.Dsl.UUID))
                .column(column("j", dev.migrator.Dsl.JSON))
                .column(column("x", dev.migrator.Dsl.XML))
                .column(column("c", dev.migrator.Dsl.CLOB))
                .column(column("nc", dev.migrator.Dsl.NCLOB))
                .column(column("b", dev.migrator.Dsl.BLOB))
                .column(column("d", dev.migrator.Dsl.DATE))
                .column(column("r", dev.migrator.Dsl.REAL))
                .column(column("dbl", dev.migrator.Dsl.DOUBLE))
                .column(column("ti", dev.migrator.Dsl.TINYINT))
                .column(column("si", dev.migrator.Dsl.SMALLINT))
                .column(column("txt", dev.migrator.Dsl.TEXT))
                .column(column("parent_a", INTEGER))
                .column(column("parent_b", INTEGER))
                .withPrimaryKey(primaryKey("pk_weird", "id"))
                .unique(unique(null, "code"))
                .check(check("ck_ratio", "ratio < 1e10"))
                .index(uniqueIndex("idx_code", "code"))
                .foreignKey(foreignKey("FK_parent", List.of("parent_a", "parent_b"), "parent", List.of("a", "b"))
                        .onDelete(ForeignKey.OnDelete.CASCADE))
                .comment("a table with $ and \\ in its comment");
        List<Operation> up = List.of(
                new CreateSequence(sequence("weird_seq", 1, 50)),
                new CreateTable(all),
                new RenameTable("`Weird\"Name`", "weird"),
                new SetTableComment("weird", "a table with $ and \\ in its comment", null),
                new AddColumn("weird", column("extra", varchar(10)).origin("com.example.Other#extra")),
                new RenameColumn("weird", "extra", "more"),
                new AlterColumnType("weird", "more", varchar(10), varchar(20)),
                new AlterColumnNullability("weird", "more", false),
                new SetNotNull("weird", "more", "'it''s \"none\"'"),
                new AlterColumnIdentity("weird", "more", false),
                new AlterColumnIdentity("weird", "more", true),
                new AlterColumnDefault("weird", "more", null, "'none'"),
                new AlterColumnComment("weird", "more", null, "*/ not the end of a comment"),
                new AlterColumnCheck("weird", "more", null, "more <> ''"),
                new DropPrimaryKey("weird", primaryKey("pk_weird", "id")),
                new AddPrimaryKey("weird", primaryKey(null, "id")),
                new DropForeignKey("weird", foreignKey("FK_parent", List.of("parent_a", "parent_b"), "parent",
                        List.of("a", "b")).onDelete(ForeignKey.OnDelete.CASCADE)),
                new AddForeignKey("weird", foreignKey(null, "parent_a", "weird", "id")
                        .onDelete(ForeignKey.OnDelete.SET_NULL)),
                new DropUniqueConstraint("weird", unique(null, "code")),
                new AddUniqueConstraint("weird", unique("uk_two", "code", "more")),
                new DropIndex("weird", uniqueIndex("idx_code", "code")),
                new CreateIndex("weird", index("idx_more", "more desc")),
                new DropCheckConstraint("weird", check("ck_ratio", "ratio < 1e10")),
                new AddCheckConstraint("weird", check(null, "id > 0")),
                new AlterSequence(sequence("weird_seq", 1, 50), sequence("weird_seq", 100, 1)),
                new DropColumn("weird", column("txt", dev.migrator.Dsl.TEXT)),
                new ExecuteSql("update weird set more = 'x' where more is null", "select 1"),
                new DropSequence(sequence("weird_seq", 100, 1)));
        List<Operation> down = List.of(new ExecuteSql("select 'irreversible'", null));
        return new MigrationSpec(PACKAGE, "V0004_KitchenSink", "0004_kitchen_sink", List.of("0003_remove_addresses"),
                "kitchen sink: every operation, \"quotes\", $dollars, @at and */ terminators", up, down);
    }

    /**
     * {@code @Table(name)} and {@code @Column(name)} changed, with a type change on the renamed column
     * and a single-table subclass's column (another entity's attribute) on the renamed table.
     */
    static MigrationSpec renames() {
        Schema before = tutorial().alterTable("user", u -> u.column(column("rank", INTEGER).origin("com.example.Admin#rank")));
        Schema after = before.renameTable("user", "users")
                .alterTable("users", u -> u.renameColumn("name", "login").alterColumn("login", c -> c.withType(varchar(100)))
                        .renameColumn("rank", "admin_rank"));
        return spec("0006_rename_user", "V0006_RenameUser", List.of("0005_merge"), "rename user",
                SchemaDiffer.diff(before, after));
    }

    static MigrationSpec emptyMerge() {
        return new MigrationSpec(PACKAGE, "V0005_Merge", "0005_merge", List.of("0004_kitchen_sink", "0004_other"),
                "", List.of(), List.of());
    }
}
