package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.Table;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Converter(autoApply = true)}: the column type follows the converter's database type for
 * every attribute of its Java type, except ids, versions, {@code @Enumerated}/{@code @Temporal} and
 * {@code @Convert(disableConversion)} (Hibernate's {@code PropertyBinder.autoApplyConverters}). The
 * oracle fixture {@code converters} proves the same against Hibernate's export.
 */
class AutoApplyConvertersTest {

    private static final JavaFileObject MONEY = Compilations.source("t.Money",
            "package t;",
            "public record Money(long cents) {}");
    private static final JavaFileObject MONEY_CONVERTER = Compilations.source("t.MoneyConverter",
            "package t;",
            "import jakarta.persistence.*;",
            "@Converter(autoApply = true)",
            "public class MoneyConverter implements AttributeConverter<Money, Long> {",
            "    public Long convertToDatabaseColumn(Money m) { return m == null ? null : m.cents(); }",
            "    public Money convertToEntityAttribute(Long c) { return c == null ? null : new Money(c); }",
            "}");
    private static final JavaFileObject ORDER = Compilations.source("t.Order",
            "package t;",
            "import jakarta.persistence.*;",
            "@Entity @Table(name = \"orders\")",
            "public class Order {",
            "    @Id Long id;",
            "    Money total;",
            "    @Column(nullable = false) Money paid;",
            "    @ElementCollection java.util.Set<Money> refunds;",
            "    dev.migrator.processor.jar.Percent discount;",
            "}");

    private static Table table(Compilation compilation, String entity, String table) throws SnapshotFormatException {
        assertThat(compilation).succeeded();
        return SnapshotCodec.fromJson(Compilations.fragment(compilation, entity)).schema().requireTable(table);
    }

    @Test
    void aConverterInTheSameCompilationChangesEveryColumnOfItsType() throws SnapshotFormatException {
        Compilation compilation = Compilations.compile(List.of(MONEY, MONEY_CONVERTER, ORDER),
                "-Amigrator.converters=dev.migrator.processor.jar.PercentConverter");

        Table orders = table(compilation, "t.Order", "orders");
        assertThat(orders.column("total")).contains(Column.of("total", ColumnType.BIGINT));
        assertThat(orders.column("paid")).contains(Column.of("paid", ColumnType.BIGINT).notNull());
        assertThat(orders.column("discount")).contains(Column.of("discount", ColumnType.SMALLINT));
        assertThat(table(compilation, "t.Order", "Order_refunds").column("refunds"))
                .contains(Column.of("refunds", ColumnType.BIGINT));
    }

    @Test
    void aConverterFromAJarMustBeNamedByTheOption() {
        Compilation compilation = Compilations.compile(List.of(MONEY, MONEY_CONVERTER, ORDER));

        assertThat(compilation).hadErrorContaining(
                "MIG002 cannot map attribute discount of type dev.migrator.processor.jar.Percent");
    }

    @Test
    void anOptionNamingNoConverterIsAnError() {
        Compilation compilation = Compilations.compile(List.of(MONEY, MONEY_CONVERTER, ORDER),
                "-Amigrator.converters=dev.migrator.processor.jar.PercentConverter, t.Nope");

        assertThat(compilation).hadErrorContaining(
                "MIG008 unknown value \"t.Nope\" for processor option -Amigrator.converters");
    }

    @Test
    void aConvertedEnumWhoseValuesCannotBeComputedIsAWarning() throws SnapshotFormatException {
        Compilation compilation = Compilations.compile(List.of(Compilations.source("t.Size",
                        "package t;",
                        "public enum Size { S, M }"),
                Compilations.source("t.Shirt",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Shirt {",
                        "    @Id Long id;",
                        "    @Convert(converter = Lower.class) Size size;",
                        "    @Converter public static class Lower implements AttributeConverter<Size, String> {",
                        "        public String convertToDatabaseColumn(Size s) { return s.name().toLowerCase(); }",
                        "        public Size convertToEntityAttribute(String s) { return Size.valueOf(s.toUpperCase()); }",
                        "    }",
                        "}")));

        assertThat(compilation).hadWarningContaining("MIG102 Hibernate adds a check constraint listing the values converter"
                + " t.Shirt.Lower stores for the constants of enum t.Size").inFile(compilation.sourceFiles().get(1)).onLine(5);
        assertThat(table(compilation, "t.Shirt", "Shirt").column("size").orElseThrow().check()).isNull();
    }

    @Test
    void notAppliedWhereJpaExcludesItOrConversionIsDisabled() throws SnapshotFormatException {
        Compilation compilation = Compilations.compile(List.of(Compilations.source("t.Size",
                        "package t;",
                        "public enum Size { S, M }"),
                Compilations.source("t.SizeConverter",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "public class SizeConverter {",
                        "    @Converter(autoApply = true)",
                        "    public static class Nested implements AttributeConverter<Size, String> {",
                        "        public String convertToDatabaseColumn(Size s) { return s == null ? null : s.name(); }",
                        "        public Size convertToEntityAttribute(String s) { return s == null ? null : Size.valueOf(s); }",
                        "    }",
                        "}"),
                Compilations.source("t.Shirt",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Shirt {",
                        "    @Id Long id;",
                        "    Size converted;",
                        "    @Enumerated(EnumType.ORDINAL) Size ordinal;",
                        "    @Convert(disableConversion = true) Size disabled;",
                        "}")));

        Table shirt = table(compilation, "t.Shirt", "Shirt");
        // Hibernate's check of the converted constants (EnumJavaType.getCheckCondition), found by evaluating the converter.
        assertThat(shirt.column("converted")).contains(Column.of("converted", ColumnType.varchar(255))
                .check("converted in ('S','M')"));
        assertThat(shirt.column("ordinal").orElseThrow().type()).isEqualTo(ColumnType.TINYINT);
        assertThat(shirt.column("disabled").orElseThrow().type()).isEqualTo(ColumnType.TINYINT);
    }
}
