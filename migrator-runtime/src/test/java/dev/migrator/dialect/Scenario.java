package dev.migrator.dialect;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.INTEGER;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.enumOf;
import static dev.migrator.Dsl.table;
import static dev.migrator.Dsl.varchar;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.PrimaryKey;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.operation.AddCheckConstraint;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.AddPrimaryKey;
import dev.migrator.operation.AddUniqueConstraint;
import dev.migrator.operation.AlterColumnComment;
import dev.migrator.operation.AlterColumnDefault;
import dev.migrator.operation.AlterColumnNullability;
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
import dev.migrator.operation.DropUniqueConstraint;
import dev.migrator.operation.ExecuteSql;
import dev.migrator.operation.Operation;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import dev.migrator.operation.SetTableComment;
import java.util.List;

/**
 * A run of operations, one or more of every kind that has SQL, that applies in order to an empty
 * database; reversing it in reverse order gives the empty database back. Used for golden SQL and
 * for execution on real databases.
 */
final class Scenario {
    static final Sequence SEQ = Sequence.of("order_seq", 1, 50);
    static final Column MAIL = column("mail", varchar(255));

    static final Table USER = table("user")
            .column(column("id", BIGINT).notNull().generatedAsIdentity())
            .column(column("name", varchar(100)).notNull().defaultValue("'nobody'").comment("full name"))
            .column(column("order", INTEGER))
            .column(column("status", enumOf("NEW", "DONE", "ARCHIVED")).notNull())
            .column(column("login", varchar(255)))
            .primaryKey("id")
            .unique(UniqueConstraint.of(null, "login"))
            .unique(UniqueConstraint.of("uk_user_name_order", "name", "order"))
            .check(CheckConstraint.of("chk_user_order", "\"order\" >= 0"))
            .comment("people's accounts");

    static final Table ADDRESS = table("address")
            .column(column("id", BIGINT).notNull())
            .column(column("user_id", BIGINT))
            .column(column("street", varchar(50)))
            .primaryKey("id")
            .foreignKey(ForeignKey.of("fk_address_user", List.of("user_id"), "user", List.of("id")))
            .index(Index.of("idx_address_street", "street desc", "user_id"));

    private Scenario() {}

    static List<Operation> operations() {
        ForeignKey fk = ADDRESS.foreignKeys().get(0);
        return List.of(
                new CreateSequence(SEQ),
                new AlterSequence(SEQ, Sequence.of("order_seq", 1, 10)),
                new CreateTable(USER),
                new CreateTable(ADDRESS),
                new AddColumn("user", column("email", varchar(200))),
                new RenameColumn("user", "email", "mail"),
                new AlterColumnType("user", "mail", varchar(200), varchar(255)),
                new AlterColumnNullability("user", "mail", false),
                new AlterColumnDefault("user", "mail", null, "'none'"),
                new AlterColumnComment("user", "mail", null, "it's the e-mail"),
                new AddUniqueConstraint("user", UniqueConstraint.of("uk_user_mail", "mail")),
                new AddCheckConstraint("address", CheckConstraint.of("chk_street", "street <> ''")),
                new DropForeignKey("address", fk),
                new AddForeignKey("address", fk.onDelete(ForeignKey.OnDelete.CASCADE)),
                new CreateIndex("address", Index.unique("uix_address_user_street", "user_id", "street")),
                new DropIndex("address", ADDRESS.indexes().get(0)),
                new DropPrimaryKey("address", PrimaryKey.of("id")),
                new AddPrimaryKey("address", new PrimaryKey("pk_address", List.of("id"))),
                new AlterColumnType("user", "status", enumOf("NEW", "DONE", "ARCHIVED"), enumOf("NEW", "DONE")),
                new RenameTable("address", "addresses"),
                new SetTableComment("user", "people's accounts", "accounts"),
                new ExecuteSql("insert into addresses (id, street) values (1, 'main')", "delete from addresses where id = 1"),
                new AddColumn("user", column("age", INTEGER).check("age >= 0")),
                new DropColumn("user", column("login", varchar(255))),
                new DropCheckConstraint("user", CheckConstraint.of("chk_user_order", "\"order\" >= 0")),
                new DropUniqueConstraint("user", UniqueConstraint.of("uk_user_name_order", "name", "order")),
                new AddColumn("user", column("score", ColumnType.numeric(10, 2)).defaultValue("0")));
    }
}
