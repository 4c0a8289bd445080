package dev.migrator.diff;

import static dev.migrator.Dsl.BIGINT;
import static dev.migrator.Dsl.column;
import static dev.migrator.Dsl.foreignKey;
import static dev.migrator.Dsl.varchar;
import static dev.migrator.diff.Scenarios.alter;
import static dev.migrator.diff.Scenarios.tutorial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.model.Schema;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.AlterColumnType;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropColumn;
import dev.migrator.operation.DropForeignKey;
import dev.migrator.operation.DropTable;
import dev.migrator.operation.Operation;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import dev.migrator.replay.SchemaReplay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaDifferTest {

    static Stream<Scenarios.Scenario> scenarios() {
        return Scenarios.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void diffOfASchemaWithItselfIsEmpty(Scenarios.Scenario s) {
        assertThat(SchemaDiffer.diff(s.before(), s.before())).isEmpty();
        assertThat(SchemaDiffer.diff(s.after(), s.after())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void replayingTheDiffGivesTheTarget(Scenarios.Scenario s) {
        List<Operation> ops = SchemaDiffer.diff(s.before(), s.after());
        assertThat(ops).isNotEmpty();
        assertThat(SchemaReplay.apply(s.before(), ops)).isEqualTo(s.after());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void reversesInReverseOrderGiveTheStartBack(Scenarios.Scenario s) {
        List<Operation> ops = SchemaDiffer.diff(s.before(), s.after());
        assertThat(SchemaReplay.apply(s.after(), reverse(ops))).isEqualTo(s.before());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theOtherDirectionAppliesToo(Scenarios.Scenario s) {
        List<Operation> back = SchemaDiffer.diff(s.after(), s.before());
        assertThat(SchemaReplay.apply(s.after(), back)).isEqualTo(s.before());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void isDeterministic(Scenarios.Scenario s) {
        assertThat(SchemaDiffer.diff(s.before(), s.after())).isEqualTo(SchemaDiffer.diff(s.before(), s.after()));
    }

    @Test
    void createsTablesBareThenForeignKeysLast() {
        List<Operation> ops = SchemaDiffer.diff(Schema.EMPTY, tutorial());
        assertThat(ops).extracting(op -> op.getClass().getSimpleName())
                .containsExactly("CreateTable", "CreateTable", "AddForeignKey");
        assertThat(((CreateTable) ops.get(0)).table().name()).isEqualTo("address");
        assertThat(((CreateTable) ops.get(0)).table().foreignKeys()).isEmpty();
        assertThat(((AddForeignKey) ops.get(2)).table()).isEqualTo("address");
    }

    @Test
    void dropsForeignKeysBeforeTables() {
        List<Operation> ops = SchemaDiffer.diff(tutorial(), Schema.EMPTY);
        assertThat(ops.get(0)).isInstanceOf(DropForeignKey.class);
        assertThat(ops.subList(1, 3)).allMatch(op -> op instanceof DropTable);
    }

    @Test
    void aForeignKeyStandingOnAChangedKeyIsDroppedFirstAndAddedAgain() {
        Schema after = alter(tutorial(), "user", u -> u.withPrimaryKey(dev.migrator.Dsl.primaryKey("pk_user", "id")));
        List<Operation> ops = SchemaDiffer.diff(tutorial(), after);
        var fk = tutorial().requireTable("address").foreignKeys().get(0);
        assertThat(ops).containsExactly(
                new DropForeignKey("address", fk),
                new dev.migrator.operation.DropPrimaryKey("user", dev.migrator.Dsl.primaryKey(null, "id")),
                new dev.migrator.operation.AddPrimaryKey("user", dev.migrator.Dsl.primaryKey("pk_user", "id")),
                new AddForeignKey("address", fk));
    }

    @Test
    void aChangedColumnIsAlteredInPlace() {
        Schema after = alter(tutorial(), "user", u -> u.alterColumn("name", c -> c.withType(varchar(500))));
        assertThat(SchemaDiffer.diff(tutorial(), after))
                .containsExactly(new AlterColumnType("user", "name", varchar(255), varchar(500)));
    }

    @Test
    void aRenameIsNeverGuessedButReportedAsCandidate() {
        Schema after = alter(tutorial(), "user", u -> u.withoutColumn("fullname")
                .column(column("full_name", varchar(255))));
        Diff diff = SchemaDiffer.diff(tutorial(), after, Renames.NONE);
        assertThat(diff.operations()).containsExactly(
                new DropColumn("user", column("fullname", varchar(255))),
                new AddColumn("user", column("full_name", varchar(255))));
        assertThat(diff.renameCandidates()).containsExactly(new RenameCandidate("user", "fullname", "full_name"));
        assertThat(diff.renameCandidates().get(0).renamesEntry()).isEqualTo("user.fullname=full_name");
    }

    @Test
    void declaredColumnRenameBecomesARename() {
        Schema after = alter(tutorial(), "user", u -> u.renameColumn("fullname", "full_name"));
        Diff diff = SchemaDiffer.diff(tutorial(), after, Renames.parse("user.fullname=full_name"));
        assertThat(diff.operations()).containsExactly(new RenameColumn("user", "fullname", "full_name"));
        assertThat(diff.renameCandidates()).isEmpty();
    }

    @Test
    void declaredTableRenameKeepsForeignKeysPointingAtIt() {
        Schema after = tutorial().renameTable("user", "account");
        Diff diff = SchemaDiffer.diff(tutorial(), after, Renames.parse("user=account"));
        assertThat(diff.operations()).containsExactly(new RenameTable("user", "account"));
        assertThat(SchemaReplay.apply(tutorial(), diff.operations())).isEqualTo(after);
    }

    @Test
    void tableAndColumnRenameTogether() {
        Schema after = tutorial().renameTable("user", "account")
                .alterTable("account", a -> a.renameColumn("name", "login").column(column("extra", BIGINT)));
        Diff diff = SchemaDiffer.diff(tutorial(), after, Renames.parse(" user=account , user.name=login "));
        assertThat(diff.operations()).startsWith(new RenameTable("user", "account"),
                new RenameColumn("account", "name", "login"));
        assertThat(SchemaReplay.apply(tutorial(), diff.operations())).isEqualTo(after);
        assertThat(SchemaReplay.apply(after, reverse(diff.operations()))).isEqualTo(tutorial());
    }

    @Test
    void aTableThatLooksRenamedIsACandidate() {
        Schema after = Scenarios.schema(Scenarios.user().withName("account"), Scenarios.address()
                .withForeignKeys(List.of(foreignKey("FK6i66ijb8twgcqtetl8eeeed6v", "user_id", "account", "id"))));
        Diff diff = SchemaDiffer.diff(tutorial(), after, Renames.NONE);
        assertThat(diff.renameCandidates()).containsExactly(new RenameCandidate(null, "user", "account"));
        assertThat(SchemaReplay.apply(tutorial(), diff.operations())).isEqualTo(after);
    }

    @Test
    void aRenameThatDoesNotFitIsAnErrorNamingTheEntry() {
        assertThatThrownBy(() -> SchemaDiffer.diff(tutorial(), tutorial(), Renames.parse("user.nope=other")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user.nope=other")
                .hasMessageContaining("no column user.nope");
        assertThatThrownBy(() -> Renames.parse("user.a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table.old_column=new_column");
    }

    static List<Operation> reverse(List<Operation> ops) {
        List<Operation> reversed = new ArrayList<>();
        ops.forEach(op -> reversed.add(op.reverse()));
        Collections.reverse(reversed);
        return reversed;
    }
}
