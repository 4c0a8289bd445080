package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.Table;
import dev.migrator.model.TypeKind;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Basic types, each expectation taken from the DDL Hibernate ORM 7.1.10 exports for the same
 * field (Hibernate 7.1.10's exported DDL); the dialects turn the logical kinds into H2 / PostgreSQL names.
 */
class TypesFragmentTest {
    private static Map<String, Column> columns() throws SnapshotFormatException {
        Compilation compilation = Compilations.compile(Compilations.sourcesIn("types"));
        assertThat(compilation).succeeded();
        Table table = SnapshotCodec.fromJson(Compilations.fragment(compilation, "types.AllTypes"))
                .schema().requireTable("AllTypes");
        return table.columns().stream().collect(Collectors.toMap(Column::name, Function.identity()));
    }

    @Test
    void mapsBasicTypesAsHibernateDoes() throws SnapshotFormatException {
        Map<String, Column> columns = columns();
        Map<String, ColumnType> expected = Map.ofEntries(
                Map.entry("pbool", ColumnType.BOOLEAN),
                Map.entry("pbyte", ColumnType.TINYINT),
                Map.entry("bshort", ColumnType.SMALLINT),
                Map.entry("pint", ColumnType.INTEGER),
                Map.entry("plong", ColumnType.BIGINT),
                Map.entry("pfloat", ColumnType.REAL),
                Map.entry("bdouble", ColumnType.DOUBLE),
                Map.entry("pchar", ColumnType.character(1)),
                Map.entry("str", ColumnType.varchar(255)),
                Map.entry("str100", ColumnType.varchar(100)),
                Map.entry("bigdec", ColumnType.numeric(38, 2)),
                Map.entry("bigdec102", ColumnType.numeric(10, 2)),
                Map.entry("bigdec12", ColumnType.numeric(12, 0)),
                Map.entry("bigint", ColumnType.numeric(38, 0)),
                Map.entry("utilDateD", ColumnType.DATE),
                Map.entry("utilDateNoTemporal", ColumnType.timestamp(6)),
                Map.entry("bytes", ColumnType.varbinary(255)),
                Map.entry("bytes100", ColumnType.varbinary(100)),
                Map.entry("lobStr", ColumnType.CLOB),
                Map.entry("lobBytes", ColumnType.BLOB),
                Map.entry("chars", ColumnType.varchar(255)),
                Map.entry("enumOrd", ColumnType.TINYINT),
                Map.entry("enumDefault", ColumnType.TINYINT),
                Map.entry("colDef", ColumnType.custom("varchar(77) default 'x'")),
                Map.entry("localDate", ColumnType.DATE),
                Map.entry("localTime", ColumnType.time(0)),
                Map.entry("localDateTime", ColumnType.timestamp(6)),
                Map.entry("ldtPrec3", ColumnType.timestamp(3)),
                Map.entry("instant", ColumnType.timestampWithTimeZone(6)),
                Map.entry("offsetDateTime", ColumnType.timestampWithTimeZone(6)),
                Map.entry("zonedDateTime", ColumnType.timestampWithTimeZone(6)),
                Map.entry("offsetTime", ColumnType.timeWithTimeZone(0)),
                Map.entry("duration", ColumnType.numeric(21, 0)),
                Map.entry("uuid", ColumnType.UUID),
                Map.entry("dayOfWeek", ColumnType.TINYINT),
                Map.entry("month", ColumnType.TINYINT),
                Map.entry("year", ColumnType.INTEGER),
                Map.entry("doublePrec5", ColumnType.floatType(17)));
        expected.forEach((name, type) -> assertThat(columns.get(name).type()).as(name).isEqualTo(type));
    }

    @Test
    void stringEnumsKeepDeclarationOrderAndLength() throws SnapshotFormatException {
        Map<String, Column> columns = columns();
        assertThat(columns.get("enumStr").type())
                .isEqualTo(new ColumnType(TypeKind.ENUM, 255, null, null, List.of("RED", "GREEN", "BLUE", "AZURE"), null));
        assertThat(columns.get("enumStr20").type().length()).isEqualTo(20);
        assertThat(columns.get("enumStr").check()).isNull();
    }

    @Test
    void ordinalEnumsGetHibernatesBetweenCheck() throws SnapshotFormatException {
        Map<String, Column> columns = columns();
        assertThat(columns.get("enumOrd").check()).isEqualTo("enumOrd between 0 and 3");
        assertThat(columns.get("dayOfWeek").check()).isEqualTo("dayOfWeek between 0 and 6");
        // "month" is a keyword: Hibernate writes it quoted in the check.
        assertThat(columns.get("month").check()).isEqualTo("\"month\" between 0 and 11");
    }

    @Test
    void nullabilityFollowsPrimitivesColumnAndBasic() throws SnapshotFormatException {
        Map<String, Column> columns = columns();
        assertThat(columns.get("id").nullable()).isFalse();
        assertThat(columns.get("pint").nullable()).isFalse();
        assertThat(columns.get("pchar").nullable()).isFalse();
        assertThat(columns.get("bbool").nullable()).isTrue();
        assertThat(columns.get("strNotNull").nullable()).isFalse();
        assertThat(columns.get("required").nullable()).isFalse();
        assertThat(columns.get("str").nullable()).isTrue();
    }

    @Test
    void skipsTransientAndStaticMembers() throws SnapshotFormatException {
        assertThat(columns()).doesNotContainKeys("ignored", "alsoIgnored", "notPersistent");
    }
}
