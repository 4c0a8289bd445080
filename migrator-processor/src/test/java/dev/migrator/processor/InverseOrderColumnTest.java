package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.Schema;
import dev.migrator.snapshot.SnapshotAssembler;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code @OneToMany(mappedBy) @OrderColumn}: Hibernate 7.1.10 adds the order column to the
 * target's table as a nullable integer (the it oracle's {@code domain.cms} fixture shows it on H2
 * and PostgreSQL: {@code menu_position integer} in {@code MenuItem}, {@code sections_ORDER} in
 * {@code PageSection}).
 */
class InverseOrderColumnTest {

    @Test
    void inverseListOrderColumnIsANullableIntegerInTheTargetTable() throws SnapshotFormatException {
        Compilation compilation = Compilations.compile(List.of(
                Compilations.source("inv.Menu",
                        "package inv;",
                        "import jakarta.persistence.*;",
                        "import java.util.List;",
                        "@Entity public class Menu {",
                        "  @Id Long id;",
                        "  @ManyToOne Menu parent;",
                        "  @OneToMany(mappedBy = \"parent\") @OrderColumn(name = \"menu_position\") List<Menu> children;",
                        "  @OneToMany(mappedBy = \"menu\") @OrderColumn List<Entry> entries;",
                        "  @OneToMany(mappedBy = \"menu\") List<Entry> unordered;",
                        "}"),
                Compilations.source("inv.Entry",
                        "package inv;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Entry {",
                        "  @Id Long id;",
                        "  @ManyToOne Menu menu;",
                        "}")));
        assertThat(compilation).succeeded();
        Schema schema = SnapshotAssembler.assemble(List.of(
                SnapshotCodec.fromJson(Compilations.fragment(compilation, "inv.Menu")),
                SnapshotCodec.fromJson(Compilations.fragment(compilation, "inv.Entry"))));

        assertThat(schema.requireTable("Menu").requireColumn("menu_position"))
                .isEqualTo(Column.of("menu_position", ColumnType.INTEGER));
        assertThat(schema.requireTable("Entry").columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("id", "menu_id", "entries_ORDER");
        assertThat(schema.requireTable("Entry").requireColumn("entries_ORDER"))
                .isEqualTo(Column.of("entries_ORDER", ColumnType.INTEGER));
    }
}
