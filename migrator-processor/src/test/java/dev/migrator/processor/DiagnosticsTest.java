package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every error code, asserted with its line: the processor reports on the element and keeps going. */
class DiagnosticsTest {

    /** The error is reported in the first source file, on {@code line}. */
    private static void assertErrorOnLine(Compilation compilation, String message, int line) {
        assertThat(compilation).hadErrorContaining(message).inFile(compilation.sourceFiles().get(0)).onLine(line);
    }

    private static Compilation compile(JavaFileObject... sources) {
        return Compilations.compile(List.of(sources));
    }

    @Test
    void mig001EntityWithoutId() {
        Compilation compilation = compile(Compilations.source("t.NoId",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class NoId {",
                "    String name;",
                "}"));
        assertErrorOnLine(compilation, "MIG001 entity t.NoId has no @Id", 4);
    }

    @Test
    void mig002UnmappableType() {
        Compilation compilation = compile(Compilations.source("t.Odd",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Odd {",
                "    @Id Long id;",
                "    Thread worker;",
                "}"));
        assertErrorOnLine(compilation, "MIG002 cannot map attribute worker of type java.lang.Thread", 6);
    }

    @Test
    void mig003UnsupportedMappingIsReportedOnTheAnnotatedElement() {
        Compilation compilation = compile(Compilations.source("t.Keyed",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Keyed {",
                "    @Id Long id;",
                "    String label;",
                "    @OneToMany @MapKey(name = \"label\")",
                "    java.util.Map<String, Keyed> byLabel;",
                "}"));
        assertErrorOnLine(compilation,
                "MIG003 @MapKey(name) naming an attribute that is not the target's id is not supported", 7);
    }

    @Test
    void mig003MapKeyClassIsStillUnsupported() {
        Compilation compilation = compile(Compilations.source("t.Classed",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Classed {",
                "    @Id Long id;",
                "    @ElementCollection @MapKeyClass(String.class)",
                "    java.util.Map<Object, String> byKey;",
                "}"));
        assertErrorOnLine(compilation, "MIG003 @MapKeyClass is not supported", 6);
    }

    @Test
    void mig004AssociationToANonEntity() {
        Compilation compilation = compile(Compilations.source("t.Ref",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Ref {",
                "    @Id Long id;",
                "    @ManyToOne",
                "    String target;",
                "}"));
        assertErrorOnLine(compilation, "MIG004 the target java.lang.String of association target", 6);
    }

    @Test
    void mig005RawCollection() {
        Compilation compilation = compile(Compilations.source("t.Raw",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Raw {",
                "    @Id Long id;",
                "    @SuppressWarnings(\"rawtypes\") @OneToMany",
                "    java.util.List others;",
                "}"));
        assertErrorOnLine(compilation, "MIG005 collection others does not say its element type", 6);
    }

    @Test
    void mig006UnknownGenerator() {
        Compilation compilation = compile(Compilations.source("t.Gen",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Gen {",
                "    @Id",
                "    @GeneratedValue(generator = \"custom\")",
                "    @org.hibernate.annotations.GenericGenerator(name = \"custom\", strategy = \"com.acme.Snowflake\")",
                "    Long id;",
                "}"));
        assertErrorOnLine(compilation, "MIG006 @GeneratedValue(generator = \"custom\") uses @GenericGenerator strategy com.acme.Snowflake", 6);
    }

    @Test
    void mig007IndexOnUnknownColumn() {
        Compilation compilation = compile(Compilations.source("t.Idx",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@Table(indexes = @Index(columnList = \"missing\"))",
                "public class Idx {",
                "    @Id Long id;",
                "}"));
        assertErrorOnLine(compilation, "MIG007 @Index names column \"missing\", which table Idx does not have", 4);
    }

    @Test
    void mig008UnknownNamingOption() {
        Compilation compilation = Compilations.compile(List.of(Compilations.source("t.E",
                "package t;",
                "@jakarta.persistence.Entity public class E { @jakarta.persistence.Id Long id; }")),
                "-Amigrator.naming=camel");
        assertThat(compilation).hadErrorContaining("MIG008 unknown value \"camel\" for processor option -Amigrator.naming");
        Compilation validation = Compilations.compile(List.of(Compilations.source("t.E",
                "package t;",
                "@jakarta.persistence.Entity public class E { @jakarta.persistence.Id Long id; }")),
                "-Amigrator.beanValidation=maybe");
        assertThat(validation).hadErrorContaining("MIG008 unknown value \"maybe\" for processor option -Amigrator.beanValidation");
    }

    @Test
    void mig009ColumnMappedTwice() {
        Compilation compilation = compile(Compilations.source("t.Twice",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Twice {",
                "    @Id Long id;",
                "    String name;",
                "    @Column(name = \"name\")",
                "    String other;",
                "}"));
        assertErrorOnLine(compilation, "MIG009 column name of table Twice is written by two mappings (name and other), which Hibernate refuses; add insertable = false, updatable = false", 8);
    }

    @Test
    void mig009WhenAJoinColumnAndABasicBothWriteTheColumn() {
        Compilation compilation = compile(Compilations.source("t.Review",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Review {",
                "    @Id Long id;",
                "    @ManyToOne @JoinColumn(name = \"product_id\") Review product;",
                "    @Column(name = \"product_id\")",
                "    Long productId;",
                "}"));
        assertErrorOnLine(compilation, "MIG009 column product_id of table Review is written by two mappings (product and"
                + " productId), which Hibernate refuses; add insertable = false, updatable = false", 8);
    }

    @Test
    void mig009WhenOnlyInsertableIsFalse() {
        // Hibernate counts a column as written when it is insertable OR updatable.
        Compilation compilation = compile(Compilations.source("t.Half",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Half {",
                "    @Id Long id;",
                "    String code;",
                "    @Column(name = \"code\", insertable = false)",
                "    String other;",
                "}"));
        assertErrorOnLine(compilation, "MIG009 column code of table Half is written by two mappings (code and other)", 8);
    }

    @Test
    void mig009WhenABasicWritesTheIdColumn() {
        Compilation compilation = compile(Compilations.source("t.Key",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Key {",
                "    @Id Long id;",
                "    @Column(name = \"id\", insertable = false)",
                "    Long copy;",
                "}"));
        assertErrorOnLine(compilation, "MIG009 column id of table Key is written by two mappings (id and copy)", 7);
    }

    @Test
    void mig009WhenASingleTableSubclassWritesItsRootsColumn() {
        Compilation compilation = compile(
                Compilations.source("t.Sub",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity",
                        "public class Sub extends Root {",
                        "    @Column(name = \"code\")",
                        "    String again;",
                        "}"),
                Compilations.source("t.Root",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity",
                        "public class Root {",
                        "    @Id Long id;",
                        "    String code;",
                        "}"));
        assertErrorOnLine(compilation, "MIG009 column code of table Root is written by two mappings (code and again)", 6);
    }

    @Test
    void mig010MappedByNamesNothing() {
        Compilation compilation = compile(
                Compilations.source("t.Parent",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity",
                        "public class Parent {",
                        "    @Id Long id;",
                        "    @OneToMany(mappedBy = \"dad\")",
                        "    java.util.List<Child> children;",
                        "}"),
                Compilations.source("t.Child",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Child { @Id Long id; @ManyToOne Parent parent; }"));
        assertErrorOnLine(compilation, "MIG010 mappedBy = \"dad\" names no attribute of t.Child", 6);
    }

    @Test
    void mig011WrapperArray() {
        Compilation compilation = compile(Compilations.source("t.Arr",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Arr {",
                "    @Id Long id;",
                "    Byte[] data;",
                "}"));
        assertErrorOnLine(compilation, "MIG011 wrapper arrays (java.lang.Byte[])", 6);
    }

    @Test
    void mig012EnumeratedOnANonEnum() {
        Compilation compilation = compile(Compilations.source("t.En",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class En {",
                "    @Id Long id;",
                "    @Enumerated(EnumType.STRING)",
                "    String color;",
                "}"));
        assertErrorOnLine(compilation, "MIG012 @Enumerated(STRING) needs an enum type", 7);
    }

    @Test
    void mig013JoinColumnsDoNotCoverTheKey() {
        Compilation compilation = compile(
                Compilations.source("t.Line",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity",
                        "public class Line {",
                        "    @Id Long id;",
                        "    @ManyToOne @JoinColumn(name = \"order_a\")",
                        "    Ord order;",
                        "}"),
                Compilations.source("t.Ord",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity @IdClass(Ord.Key.class) public class Ord {",
                        "    @Id Long a; @Id Long b;",
                        "    public static class Key implements java.io.Serializable { Long a; Long b; }",
                        "}"));
        assertErrorOnLine(compilation, "MIG013 association order has 1 join columns but the primary key of t.Ord has 2", 6);
    }

    @Test
    void mig014ColumnInAnUndeclaredSecondaryTable() {
        Compilation compilation = compile(Compilations.source("t.Sec",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Sec {",
                "    @Id Long id;",
                "    @Column(table = \"details\")",
                "    String bio;",
                "}"));
        assertErrorOnLine(compilation, "MIG014 @Column(table = \"details\") names no @SecondaryTable of t.Sec", 6);
    }

    @Test
    void staysQuietAboutTypesJavacCannotResolve() {
        Compilation compilation = compile(Compilations.source("t.Broken",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Broken {",
                "    @Id Long id;",
                "    Missing thing;",
                "}"));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("cannot find symbol");
    }

    @Test
    void mig101WarnsAboutCustomBooleanConverters() {
        Compilation compilation = compile(Compilations.source("t.Conv",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Conv {",
                "    @Id Long id;",
                "    @Convert(converter = YN.class)",
                "    Boolean active;",
                "    @Converter public static class YN implements AttributeConverter<Boolean, String> {",
                "        public String convertToDatabaseColumn(Boolean b) { return b ? \"y\" : \"n\"; }",
                "        public Boolean convertToEntityAttribute(String s) { return \"y\".equals(s); }",
                "    }",
                "}"));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("MIG101 Hibernate adds a check constraint listing the values converter t.Conv.YN")
                .inFile(compilation.sourceFiles().get(0)).onLine(6);
        assertThat(compilation).generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/migrator/entities/t.Conv.json");
    }

    @Test
    void cyclicDerivedIdentityIsAnErrorNotACrash() {
        Compilation compilation = compile(
                Compilations.source("t.A", "package t;", "import jakarta.persistence.*;",
                        "@Entity public class A { @Id Long id; @MapsId @OneToOne B b; }"),
                Compilations.source("t.B", "package t;", "import jakarta.persistence.*;",
                        "@Entity public class B { @Id Long id; @MapsId @OneToOne A a; }"));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("MIG003 a cycle of derived identities");
    }

    @Test
    void anErrorInOneEntityDoesNotStopTheOthers() {
        Compilation compilation = compile(
                Compilations.source("t.Bad", "package t;", "@jakarta.persistence.Entity public class Bad { }"),
                Compilations.source("t.Worse", "package t;", "@jakarta.persistence.Entity public class Worse { }"),
                Compilations.source("t.Good", "package t;",
                        "@jakarta.persistence.Entity public class Good { @jakarta.persistence.Id Long id; }"));
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("MIG001 entity t.Bad");
        assertThat(compilation).hadErrorContaining("MIG001 entity t.Worse");
    }

    /** {@code @Column(options)} is supported (column DDL); the table-level options are not. */
    @Test
    void mig015TableIndexAndUniqueOptions() {
        Compilation table = compile(Compilations.source("t.Opt2",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@Table(options = \"with (fillfactor = 70)\")",
                "public class Opt2 {",
                "    @Id Long id;",
                "}"));
        assertErrorOnLine(table, "MIG015 @Table(options = \"with (fillfactor = 70)\")", 4);

        Compilation index = compile(Compilations.source("t.Opt3",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@Table(indexes = @Index(columnList = \"name\", options = \"nulls not distinct\"))",
                "public class Opt3 {",
                "    @Id Long id;",
                "    String name;",
                "}"));
        assertErrorOnLine(index, "MIG015 @Index(options = \"nulls not distinct\")", 4);

        Compilation unique = compile(Compilations.source("t.Opt4",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@Table(uniqueConstraints = @UniqueConstraint(columnNames = \"name\", options = \"deferrable\"))",
                "public class Opt4 {",
                "    @Id Long id;",
                "    String name;",
                "}"));
        assertErrorOnLine(unique, "MIG015 @UniqueConstraint(options = \"deferrable\")", 4);

        Compilation join = compile(Compilations.source("t.Opt5",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Opt5 {",
                "    @Id Long id;",
                "    @ManyToOne @JoinColumn(options = \"deferrable\")",
                "    Opt5 parent;",
                "}"));
        assertErrorOnLine(join, "MIG015 @JoinColumn(options = \"deferrable\")", 6);
    }

    @Test
    void mig017TableInAnotherCatalog() {
        Compilation compilation = compile(Compilations.source("t.Audit",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@Table(name = \"audit\", schema = \"history\", catalog = \"archive\")",
                "public class Audit {",
                "    @Id Long id;",
                "}"));
        assertErrorOnLine(compilation, "MIG017 @Table(catalog = \"archive\") places the table or sequence in another catalog", 4);
        assertThat(compilation).hadErrorContaining("point the connection at database archive");
    }

    @Test
    void mig017JoinTableOrSequenceInAnotherCatalog() {
        Compilation join = compile(Compilations.source("t.Tagged",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Tagged {",
                "    @Id Long id;",
                "    @ManyToMany @JoinTable(name = \"tagged_links\", catalog = \"other\")",
                "    java.util.Set<Tagged> links;",
                "}"));
        assertErrorOnLine(join, "MIG017 @JoinTable(catalog = \"other\")", 6);
        Compilation sequence = compile(Compilations.source("t.Numbered",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Numbered {",
                "    @Id @GeneratedValue(generator = \"n\")",
                "    @SequenceGenerator(name = \"n\", catalog = \"other\")",
                "    Long id;",
                "}"));
        assertErrorOnLine(sequence, "MIG017 @SequenceGenerator(catalog = \"other\")", 6);
    }

    @Test
    void aSchemaIsNoLongerAnError() {
        Compilation compilation = compile(Compilations.source("t.Audit",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@Table(name = \"audit\", schema = \"history\")",
                "public class Audit {",
                "    @Id Long id;",
                "}"));
        assertThat(compilation).succeeded();
        org.assertj.core.api.Assertions.assertThat(Compilations.fragment(compilation, "t.Audit")).contains("\"name\": \"history.audit\"");
    }

    @Test
    void mig018TwoAutoAppliedConvertersForOneType() {
        Compilation compilation = compile(Compilations.source("t.Priced",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity",
                        "public class Priced {",
                        "    @Id Long id;",
                        "    java.util.Currency currency;",
                        "}"),
                Compilations.source("t.Codes",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "public class Codes {",
                        "    @Converter(autoApply = true) public static class A implements AttributeConverter<java.util.Currency, String> {",
                        "        public String convertToDatabaseColumn(java.util.Currency c) { return null; }",
                        "        public java.util.Currency convertToEntityAttribute(String s) { return null; }",
                        "    }",
                        "    @Converter(autoApply = true) public static class B implements AttributeConverter<java.util.Currency, Integer> {",
                        "        public Integer convertToDatabaseColumn(java.util.Currency c) { return null; }",
                        "        public java.util.Currency convertToEntityAttribute(Integer i) { return null; }",
                        "    }",
                        "}"));
        assertErrorOnLine(compilation, "MIG018 auto-applied converters t.Codes.A and t.Codes.B both match attribute currency"
                + " of type java.util.Currency", 6);
    }
}
