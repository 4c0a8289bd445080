package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.Table;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check Hibernate adds for a Boolean stored through a user's converter, with the values found
 * by evaluating {@code convertToDatabaseColumn(false / true / null)}; expectations are Hibernate
 * 7.1.10's DDL for {@code converters.Switches} (H2 and PostgreSQL alike):
 * {@code onezero integer check ((onezero in (0,1,0))), ync char(1) check ((ync in ('N','Y'))),
 * ifelse varchar(255) not null check ((ifelse in ('F','T','U'))), opaque varchar(255) check ((opaque
 * in ('f','t','n')))} — the last one cannot be evaluated at compile time, so it is a warning.
 */
class ConverterValuesTest {
    private static Compilation compilation;
    private static Table switches;

    @BeforeAll
    static void compile() throws SnapshotFormatException {
        compilation = Compilations.compile(Compilations.sourcesIn("converters"));
        assertThat(compilation).succeeded();
        switches = SnapshotCodec.fromJson(Compilations.fragment(compilation, "converters.Switches")).schema()
                .requireTable("Switches");
    }

    @Test
    void falseTrueThenNullValuesInHibernatesOrder() {
        assertThat(switches.requireColumn("onezero").check()).isEqualTo("onezero in (0,1,0)");
        assertThat(switches.requireColumn("ync").check()).isEqualTo("ync in ('N','Y')");
        assertThat(switches.requireColumn("ifelse").check()).isEqualTo("ifelse in ('F','T','U')");
    }

    @Test
    void codeThatCannotBeEvaluatedIsAWarningAndNoCheck() {
        assertThat(switches.requireColumn("opaque").check()).isNull();
        assertThat(compilation).hadWarningContaining("MIG101 Hibernate adds a check constraint listing the values converter"
                + " converters.Switches.Opaque");
    }

    /**
     * Converted enums: Hibernate's {@code EnumJavaType.getCheckCondition} lists what the converter
     * stores for every constant (a set: each value once); the forms converters are written in.
     */
    @Test
    void convertedEnumConstants() throws SnapshotFormatException {
        Compilation enums = Compilations.compile(java.util.List.of(Compilations.source("t.Level",
                        "package t;",
                        "public enum Level {",
                        "    LOW(10, \"l\"), MID(20, \"m\"), HIGH(30, \"h\"), TOP(30, \"t\");",
                        "    final int weight;",
                        "    private final String letter;",
                        "    Level(int weight, String letter) { this.weight = weight; this.letter = letter; }",
                        "    public String letter() { return this.letter; }",
                        "}"),
                Compilations.source("t.Gear",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Gear {",
                        "    @Id Long id;",
                        "    @Convert(converter = ByField.class) Level byField;",
                        "    @Convert(converter = ByGetter.class) Level byGetter;",
                        "    @Convert(converter = BySwitch.class) Level bySwitch;",
                        "    @Convert(converter = ByOrdinal.class) Level byOrdinal;",
                        "    public static class ByField implements AttributeConverter<Level, Integer> {",
                        "        public Integer convertToDatabaseColumn(Level l) { return l == null ? null : l.weight; }",
                        "        public Level convertToEntityAttribute(Integer i) { return null; }",
                        "    }",
                        "    public static class ByGetter implements AttributeConverter<Level, String> {",
                        "        public String convertToDatabaseColumn(Level l) { return l.letter(); }",
                        "        public Level convertToEntityAttribute(String s) { return null; }",
                        "    }",
                        "    public static class BySwitch implements AttributeConverter<Level, Character> {",
                        "        public Character convertToDatabaseColumn(Level l) {",
                        "            switch (l) {",
                        "                case LOW: return 'a';",
                        "                case MID:",
                        "                case HIGH: return 'b';",
                        "                default: return 'c';",
                        "            }",
                        "        }",
                        "        public Level convertToEntityAttribute(Character c) { return null; }",
                        "    }",
                        "    public static class ByOrdinal implements AttributeConverter<Level, Short> {",
                        "        public Short convertToDatabaseColumn(Level l) { return l == Level.TOP ? 9 : (short) l.ordinal(); }",
                        "        public Level convertToEntityAttribute(Short s) { return null; }",
                        "    }",
                        "}")));
        assertThat(enums).succeeded();
        Table gear = SnapshotCodec.fromJson(Compilations.fragment(enums, "t.Gear")).schema().requireTable("Gear");

        assertThat(gear.requireColumn("byField").check()).isEqualTo("byField in (10,20,30)");
        assertThat(gear.requireColumn("byGetter").check()).isEqualTo("byGetter in ('l','m','h','t')");
        assertThat(gear.requireColumn("bySwitch").check()).isEqualTo("bySwitch in ('a','b','c')");
        // (short) casts are not evaluated: unknown, so a warning and no check rather than a guess.
        assertThat(gear.requireColumn("byOrdinal").check()).isNull();
        assertThat(enums).hadWarningContaining("MIG102 Hibernate adds a check constraint listing the values converter"
                + " t.Gear.ByOrdinal");
    }
}
