package dev.migrator.operation;

import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.PrimaryKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
import dev.migrator.replay.SchemaReplay;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every operation's reverse is exact: reversing twice is the identity, and op then reverse restores the schema. */
class OperationReverseTest {
    static final Table PARENT = table("parent")
            .column(column("id", ColumnType.BIGINT).notNull())
            .primaryKey("id");
    static final Table CHILD = table("child")
            .column(column("id", ColumnType.BIGINT).notNull())
            .column(column("parent_id", ColumnType.BIGINT))
            .column(column("name", ColumnType.varchar(20)).check("length(name) > 0").comment("the name"))
            .primaryKey("id")
            .unique(UniqueConstraint.of("uk_child_name", "name"))
            .foreignKey(ForeignKey.of("fk_child_parent", List.of("parent_id"), "parent", List.of("id")))
            .index(Index.of("ix_child_name", "name"))
            .check(CheckConstraint.of("ck_child", "id > 0"))
            .comment("children");
    static final Sequence SEQ = Sequence.of("seq", 1, 50);
    static final Table LOG = table("log").column(column("id", ColumnType.BIGINT).notNull());
    static final Schema BASE = new Schema(List.of(PARENT, CHILD, LOG), List.of(SEQ));

    /** One applicable operation of every kind, each against {@link #BASE}. */
    static Stream<Operation> operations() {
        return Stream.of(
                new CreateTable(table("other").column(column("id", ColumnType.INTEGER)).primaryKey("id")),
                new DropTable(CHILD),
                new RenameTable("child", "kid"),
                new SetTableComment("child", "children", "kids"),
                new SetTableOptions("child", null, "with (fillfactor=70)"),
                new AddColumn("child", column("age", ColumnType.INTEGER).notNull().defaultValue("0")),
                new DropColumn("child", CHILD.requireColumn("name")),
                new RenameColumn("child", "name", "title"),
                new AlterColumnType("child", "name", ColumnType.varchar(20), ColumnType.varchar(40)),
                new AlterColumnNullability("child", "name", false),
                new SetNotNull("child", "name", "'none'"),
                new AlterColumnIdentity("child", "id", true),
                new AlterColumnDefault("child", "name", null, "'x'"),
                new AlterColumnComment("child", "name", "the name", "its name"),
                new AlterColumnCheck("child", "name", "length(name) > 0", "length(name) > 1"),
                new AddPrimaryKey("log", new PrimaryKey("pk_log", List.of("id"))),
                new DropPrimaryKey("child", PrimaryKey.of("id")),
                new AddForeignKey("child", ForeignKey.of("fk2", List.of("id"), "parent", List.of("id"))),
                new DropForeignKey("child", CHILD.foreignKeys().get(0)),
                new AddUniqueConstraint("child", UniqueConstraint.of(null, "parent_id")),
                new DropUniqueConstraint("child", CHILD.uniqueConstraints().get(0)),
                new CreateIndex("child", Index.unique("ix2", "parent_id", "name desc")),
                new DropIndex("child", CHILD.indexes().get(0)),
                new AddCheckConstraint("child", CheckConstraint.of("ck2", "id < 100")),
                new DropCheckConstraint("child", CHILD.checks().get(0)),
                new CreateSchema("archive"),
                new DropSchema("archive"),
                new CreateSequence(Sequence.of("seq2", 1, 1)),
                new DropSequence(SEQ),
                new AlterSequence(SEQ, Sequence.of("seq", 5, 10)),
                new ExecuteSql("update child set name = 'x'", "update child set name = null"),
                new RunJava("touch", connection -> {}, connection -> {}));
    }

    @Test
    void everyKindOfOperationIsCovered() {
        Set<Class<?>> covered = operations().map(Object::getClass).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrder(Operation.class.getPermittedSubclasses());
    }

    @ParameterizedTest
    @MethodSource("operations")
    void reversingTwiceGivesTheSameOperation(Operation operation) {
        if (operation instanceof SetNotNull fill) {
            // The one-off fill has nothing to undo; twice reversed it is the plain NOT NULL it leaves.
            assertThat(fill.reverse().reverse()).isEqualTo(new AlterColumnNullability("child", "name", false));
            return;
        }
        assertThat(operation.reverse().reverse()).isEqualTo(operation);
        assertThat(operation.reverse()).isNotEqualTo(operation);
    }

    @ParameterizedTest
    @MethodSource("operations")
    void applyingThenReversingRestoresTheSchema(Operation operation) {
        Schema changed = SchemaReplay.apply(BASE, operation);
        Schema restored = SchemaReplay.apply(changed, operation.reverse());
        assertThat(restored).isEqualTo(BASE);
    }

    @ParameterizedTest
    @MethodSource("operations")
    void schemaOperationsChangeTheSchema(Operation operation) {
        // Raw steps change nothing the model knows; nor do schema operations: the model derives its
        // schemas from its tables' and sequences' names (decision D4).
        if (!(operation instanceof ExecuteSql) && !(operation instanceof RunJava) && !(operation instanceof CreateSchema)
                && !(operation instanceof DropSchema)) {
            assertThat(SchemaReplay.apply(BASE, operation)).isNotEqualTo(BASE);
        }
    }

    @Test
    void stepsWithoutAReverseSayWhichStep() {
        assertThatThrownBy(() -> new ExecuteSql("delete from child", null).reverse())
                .isInstanceOf(IrreversibleOperationException.class).hasMessageContaining("delete from child");
        assertThatThrownBy(() -> new RunJava("backfill", c -> {}, null).reverse())
                .isInstanceOf(IrreversibleOperationException.class).hasMessageContaining("backfill");
    }
}
