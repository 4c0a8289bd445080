package dev.migrator.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {
    private static final Table USER = Table.named("user")
            .column(Column.of("id", ColumnType.BIGINT).notNull().generatedAsIdentity())
            .column(Column.of("name", ColumnType.varchar(100)).defaultValue("'x'").comment("the \"name\"\n"))
            .column(Column.of("color", ColumnType.enumOf("RED", "GREEN")).check("color <> 'RED'"))
            .column(Column.of("price", ColumnType.numeric(10, 2)))
            .column(Column.of("`Quoted`", ColumnType.custom("jsonb")))
            .primaryKey("id")
            .unique(new UniqueConstraint(null, List.of("name")))
            .unique(UniqueConstraint.of("uk_x", "name", "color"))
            .foreignKey(ForeignKey.of("FK1", List.of("price"), "other", List.of("id")).onDelete(ForeignKey.OnDelete.CASCADE))
            .index(Index.of("IDX1", "name desc"))
            .check(CheckConstraint.of(null, "price > 0"))
            .comment("users");
    private static final EntitySnapshot SNAPSHOT = new EntitySnapshot("com.x.User", "snake_case",
            new Schema(List.of(USER), List.of(Sequence.of("user_seq", 1, 50))),
            Map.of("user", "com.x.User", "user.name", "com.x.User#name"));

    @Test
    void roundTripsEveryModelFeature() throws SnapshotFormatException {
        EntitySnapshot read = SnapshotCodec.fromJson(SnapshotCodec.toJson(SNAPSHOT));

        assertThat(read).isEqualTo(SNAPSHOT);
        assertThat(read.schema().requireTable("user").columns()).extracting(Column::name)
                .containsExactly("id", "name", "color", "price", "`Quoted`");
    }

    @Test
    void writesTheDialectOnlyWhenTheFragmentHasOne() throws SnapshotFormatException {
        EntitySnapshot withDialect = new EntitySnapshot("com.x.User", "standard", Schema.EMPTY, Map.of(), "postgresql");

        String json = SnapshotCodec.toJson(withDialect);

        assertThat(json).startsWith("{\n  \"dialect\": \"postgresql\",\n");
        assertThat(SnapshotCodec.fromJson(json)).isEqualTo(withDialect);
        assertThat(SnapshotCodec.toJson(SNAPSHOT)).doesNotContain("dialect");
        assertThat(SnapshotCodec.fromJson(SnapshotCodec.toJson(SNAPSHOT)).dialect()).isNull();
    }

    @Test
    void writesTheImplicitNamingOnlyWhenItIsNotJpas() throws SnapshotFormatException {
        EntitySnapshot spring = new EntitySnapshot("com.x.User", "snake_case", Schema.EMPTY, Map.of(), "h2", Map.of(),
                "spring");

        String json = SnapshotCodec.toJson(spring);

        assertThat(json).contains("\n  \"implicitNaming\": \"spring\",\n  \"naming\": \"snake_case\",\n");
        assertThat(SnapshotCodec.fromJson(json)).isEqualTo(spring);
        assertThat(SnapshotCodec.toJson(SNAPSHOT)).doesNotContain("implicitNaming");
        assertThat(SnapshotCodec.fromJson(SnapshotCodec.toJson(SNAPSHOT)).implicitNaming()).isEqualTo("jpa");
        assertThat(SnapshotCodec.toJson(new EntitySnapshot("com.x.User", "standard", Schema.EMPTY, Map.of(), null,
                Map.of(), "jpa"))).doesNotContain("implicitNaming");
    }

    @Test
    void writesABindingPhaseOnlyOnColumnsBoundAfterTheFirstPass() throws SnapshotFormatException {
        Table target = Table.named("OrderLine").column(Column.of("order_id", ColumnType.BIGINT).notNull())
                .column(Column.of("product_id", ColumnType.BIGINT));
        EntitySnapshot withBindings = new EntitySnapshot("com.x.Order", "standard", new Schema(List.of(target), List.of()),
                Map.of(), null, Map.of("OrderLine.order_id", "collectionKey", "OrderLine.product_id", "joinColumn"));

        String json = SnapshotCodec.toJson(withBindings);

        assertThat(json).contains("\"binding\": \"collectionKey\",\n            \"name\": \"order_id\"")
                .contains("\"binding\": \"joinColumn\",\n            \"name\": \"product_id\"");
        assertThat(SnapshotCodec.fromJson(json)).isEqualTo(withBindings);
        assertThat(SnapshotCodec.fromJson(json).binding("OrderLine", "order_id")).isEqualTo("collectionKey");
        assertThat(SnapshotCodec.toJson(SNAPSHOT)).doesNotContain("binding");
    }

    @Test
    void rejectsAnUnknownBindingPhase() {
        String json = "{\"entityClass\": \"a\", \"naming\": \"standard\", \"schema\": {\"tables\": [{\"name\": \"t\","
                + " \"columns\": [{\"binding\": \"later\", \"name\": \"c\", \"type\": {\"kind\": \"BIGINT\"}}]}]}}";

        assertThatThrownBy(() -> SnapshotCodec.fromJson(json))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessageContaining("unknown binding \"later\"; expected one of [joinColumn, collectionKey]");
        assertThatThrownBy(() -> new EntitySnapshot("a", "standard", Schema.EMPTY, Map.of(), null, Map.of("t.c", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.c");
    }

    @Test
    void writesDeterministicSortedJsonWithTrailingNewline() {
        String json = SnapshotCodec.toJson(SNAPSHOT);

        assertThat(json).isEqualTo(SnapshotCodec.toJson(SNAPSHOT)).endsWith("}\n").doesNotContain("\r");
        assertThat(json.indexOf("\"entityClass\"")).isLessThan(json.indexOf("\"naming\""));
        assertThat(json.indexOf("\"naming\"")).isLessThan(json.indexOf("\"origins\""));
        assertThat(json).contains("\n  \"naming\": \"snake_case\",\n").contains("\"columns\": [\"name\", \"color\"]");
    }

    @Test
    void reportsSyntaxErrorsWithSourceLineAndColumn() {
        assertThatThrownBy(() -> SnapshotCodec.fromJson("{\n  \"entityClass\": \"a\",\n  \"naming\" 1\n}", "x/User.json"))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessageStartingWith("x/User.json:3:12: expected ':'")
                .satisfies(e -> assertThat(((SnapshotFormatException) e).line()).isEqualTo(3));
    }

    @Test
    void reportsMissingMembersAtTheirObject() {
        String json = "{\"entityClass\": \"a\", \"naming\": \"standard\", \"schema\": {\"tables\": [\n  {\"columns\": []}]}}";

        assertThatThrownBy(() -> SnapshotCodec.fromJson(json, "f.json"))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessageStartingWith("f.json:2:3: missing member \"name\"");
    }

    @Test
    void reportsValuesTheModelRejects() {
        String json = "{\"entityClass\": \"a\", \"naming\": \"standard\", \"schema\": {\"tables\": [{\"name\": \"t\","
                + " \"columns\": [{\"name\": \"c\", \"type\": {\"kind\": \"NOPE\"}}]}]}}";

        assertThatThrownBy(() -> SnapshotCodec.fromJson(json))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessageContaining("unknown column type kind \"NOPE\"");
    }

    @Test
    void rejectsTrailingGarbageAndFractions() {
        assertThatThrownBy(() -> SnapshotCodec.fromJson("{} x")).hasMessageContaining("after the end");
        assertThatThrownBy(() -> SnapshotCodec.fromJson("{\"a\": 1.5}")).hasMessageContaining("only integer");
        assertThatThrownBy(() -> SnapshotCodec.fromJson("{\"a\": 1, \"a\": 2}")).hasMessageContaining("duplicate member");
    }
}
