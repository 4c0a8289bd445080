package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.Column;
import dev.migrator.model.Table;
import dev.migrator.snapshot.SnapshotCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hibernate's {@code @GeneratedColumn} and JPA 3.2 {@code @Column(options)} end up in the column, as SQL. */
class GeneratedColumnTest {

    @Test
    void generatedExpressionAndOptionsAreMapped() throws Exception {
        Compilation compilation = Compilations.compile(List.of(Compilations.source("t.Line",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Line {",
                "    @Id Long id;",
                "    int quantity;",
                "    @Column(precision = 10, scale = 2) java.math.BigDecimal price;",
                "    @org.hibernate.annotations.GeneratedColumn(\"price * quantity\")",
                "    @Column(precision = 12, scale = 2) java.math.BigDecimal total;",
                "    @org.hibernate.annotations.GeneratedColumn(\"quantity * 2\") int doubled;",
                "    @Column(options = \"default 7\", nullable = false) Integer priority;",
                "    @Column(options = \"\") String plain;",
                "}")));
        assertThat(compilation).succeededWithoutWarnings();
        String json = Compilations.fragment(compilation, "t.Line");
        Table line = SnapshotCodec.fromJson(json).schema().requireTable("Line");

        Column total = line.column("total").orElseThrow();
        assertThat(total.generatedAs()).isEqualTo("price * quantity");
        assertThat(total.nullable()).isTrue();
        assertThat(total.options()).isNull();
        Column doubled = line.column("doubled").orElseThrow();
        assertThat(doubled.generatedAs()).isEqualTo("quantity * 2");
        assertThat(doubled.nullable()).as("a primitive stays NOT NULL, as in Hibernate").isFalse();
        assertThat(line.column("priority").orElseThrow().options()).isEqualTo("default 7");
        assertThat(line.column("plain").orElseThrow().options()).as("empty options are none").isNull();
        assertThat(line.column("quantity").orElseThrow().generatedAs()).isNull();
        assertThat(json).contains("\"generatedAs\": \"price * quantity\"").contains("\"options\": \"default 7\"");
    }
}
