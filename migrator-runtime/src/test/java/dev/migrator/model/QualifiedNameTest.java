package dev.migrator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualifiedNameTest {

    @Test
    void anUnqualifiedNameIsInTheDefaultSchema() {
        QualifiedName name = QualifiedName.parse("orders");
        assertThat(name.schema()).isNull();
        assertThat(name.name()).isEqualTo("orders");
        assertThat(name.isDefaultSchema()).isTrue();
        assertThat(name).hasToString("orders");
    }

    @Test
    void theFirstDotSeparatesSchemaAndName() {
        QualifiedName name = QualifiedName.parse("sales.orders");
        assertThat(name).isEqualTo(new QualifiedName("sales", "orders"));
        assertThat(name).hasToString("sales.orders");
        assertThat(QualifiedName.schemaOf("sales.orders")).isEqualTo("sales");
        assertThat(QualifiedName.nameOf("sales.orders")).isEqualTo("orders");
    }

    @Test
    void aDotInsideBackticksIsPartOfTheName() {
        assertThat(QualifiedName.parse("`a.b`")).isEqualTo(new QualifiedName(null, "`a.b`"));
        assertThat(QualifiedName.parse("`my.schema`.orders")).isEqualTo(new QualifiedName("`my.schema`", "orders"));
        assertThat(QualifiedName.parse("sales.`Order.Lines`")).isEqualTo(new QualifiedName("sales", "`Order.Lines`"));
        assertThat(QualifiedName.parse("`x.y`.`z.w`")).hasToString("`x.y`.`z.w`");
    }

    @Test
    void joinAndSplitAreInverse() {
        for (String text : List.of("t", "s.t", "`S.x`.`T.y`", "`order`.user")) {
            assertThat(QualifiedName.parse(text).toString()).isEqualTo(text);
        }
        assertThat(QualifiedName.of(null, "t")).hasToString("t");
        assertThat(QualifiedName.of("", "t")).hasToString("t");
        assertThat(QualifiedName.of("s", "t").inSchema(null)).hasToString("t");
        assertThat(QualifiedName.of(null, "t").inSchema("b")).hasToString("b.t");
    }

    @Test
    void catalogsAndEmptyPartsAreRefused() {
        assertThatThrownBy(() -> QualifiedName.parse("db.sales.orders")).hasMessageContaining("catalogs are not supported");
        assertThatThrownBy(() -> QualifiedName.parse(".orders")).hasMessageContaining("empty");
        assertThatThrownBy(() -> QualifiedName.parse("sales.")).hasMessageContaining("empty");
        assertThatThrownBy(() -> QualifiedName.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameSchemaComparesTheSchemaParts() {
        assertThat(QualifiedName.sameSchema("a", "b")).isTrue();
        assertThat(QualifiedName.sameSchema("s.a", "s.b")).isTrue();
        assertThat(QualifiedName.sameSchema("s.a", "a")).isFalse();
    }

    @Test
    void aModelNamesTheSchemasItsTablesAndSequencesUse() {
        Schema schema = new Schema(
                List.of(Table.named("sales.orders"), Table.named("billing.invoice"), Table.named("plain")),
                List.of(Sequence.of("audit.log_seq", 1, 50), Sequence.of("plain_seq", 1, 50)));
        assertThat(schema.namespaces()).containsExactly("audit", "billing", "sales");
        assertThat(Schema.EMPTY.namespaces()).isEmpty();
    }
}
