package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.model.TypeKind;
import dev.migrator.snapshot.SnapshotCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Enum and temporal map keys, bound like basic attributes but after {@code @MapKeyEnumerated} and
 * {@code @MapKeyTemporal} ({@code @Enumerated}/{@code @Temporal} describe the value). Hibernate 7.1.10's
 * DDL for the same mappings is checked by the oracle's {@code enumkeys} fixture.
 */
class MapKeyTypesTest {
    private static final List<String> DAYS =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    @Test
    void enumAndTemporalKeysReadTheMapKeyAnnotations() throws Exception {
        Compilation compilation = Compilations.compile(List.of(Compilations.source("t.Shift",
                "package t;",
                "import jakarta.persistence.*;",
                "import java.time.DayOfWeek;",
                "import java.util.*;",
                "@Entity",
                "public class Shift {",
                "    @Id Long id;",
                "    @ElementCollection Map<DayOfWeek, String> opening;",
                "    @ElementCollection @MapKeyEnumerated(EnumType.STRING) Map<DayOfWeek, String> closing;",
                "    @ElementCollection @Enumerated(EnumType.STRING) Map<DayOfWeek, DayOfWeek> swaps;",
                "    @ElementCollection @MapKeyTemporal(TemporalType.DATE) @Temporal(TemporalType.TIME)",
                "    Map<Date, Date> times;",
                "    @ManyToMany @MapKeyEnumerated(EnumType.STRING) Map<DayOfWeek, Shift> next;",
                "}")));
        assertThat(compilation).succeeded();
        Schema schema = SnapshotCodec.fromJson(Compilations.fragment(compilation, "t.Shift")).schema();

        Table opening = schema.requireTable("Shift_opening");
        assertThat(opening.requireColumn("opening_KEY"))
                .isEqualTo(Column.of("opening_KEY", ColumnType.TINYINT).notNull().check("opening_KEY between 0 and 6"));
        assertThat(opening.primaryKey().columns()).contains("opening_KEY");

        Column closing = schema.requireTable("Shift_closing").requireColumn("closing_KEY");
        assertThat(closing.type().kind()).isEqualTo(TypeKind.ENUM);
        assertThat(closing.type().values()).containsExactlyElementsOf(DAYS);
        assertThat(closing.nullable()).isFalse();

        Table swaps = schema.requireTable("Shift_swaps");
        assertThat(swaps.requireColumn("swaps_KEY").type()).isEqualTo(ColumnType.TINYINT);
        assertThat(swaps.requireColumn("swaps").type().kind()).isEqualTo(TypeKind.ENUM);

        Table times = schema.requireTable("Shift_times");
        assertThat(times.requireColumn("times_KEY").type()).isEqualTo(ColumnType.DATE);
        assertThat(times.requireColumn("times").type()).isEqualTo(ColumnType.time(0));

        assertThat(schema.requireTable("Shift_Shift").requireColumn("next_KEY").type().kind()).isEqualTo(TypeKind.ENUM);
    }
}
