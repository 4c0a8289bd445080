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
                "    @ElementCollection @MapKey(name = \"label\")",
                "    java.util.Map<String, String> byLabel;",
                "}"));
        assertErrorOnLine(compilation, "MIG003 @MapKey on an @ElementCollection is not supported", 7);
    }

    @Test
    void mig003MapKeyTypedByAUserClass() {
        Compilation compilation = compile(Compilations.source("t.Typed",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class Typed {",
                "    @Id Long id;",
                "    @ElementCollection",
                "    @org.hibernate.annotations.MapKeyJavaType(org.hibernate.type.descriptor.java.StringJavaType.class)",
                "    java.util.Map<String, String> byKey;",
                "}"));
        assertErrorOnLine(compilation, "MIG003 @MapKeyJavaType (a map key typed by a user class; use"
                + " @MapKeyJdbcTypeCode or @MapKeyColumn(columnDefinition)) is not supported", 7);
    }

    /** Hibernate refuses both: "has 1 '@JoinColumn's but the primary key has 2 columns", and two columns named unnamed_KEY. */
    @Test
    void mig019CompositeMapKeyEntityWithoutOneNamedJoinColumnPerKeyColumn() {
        Compilation implicit = compile(Compilations.source("t.Stock",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity",
                        "public class Stock {",
                        "    @Id Long id;",
                        "    @ElementCollection",
                        "    java.util.Map<Part, Integer> counts;",
                        "}"),
                part());
        assertErrorOnLine(implicit, "MIG019 the key of map counts is entity t.Part, whose primary key has 2 columns,"
                + " but the map gives one implicit join column, which Hibernate refuses; write @MapKeyJoinColumns", 7);
        Compilation unnamed = compile(Compilations.source("t.Stock",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity",
                        "public class Stock {",
                        "    @Id Long id;",
                        "    @ElementCollection",
                        "    @MapKeyJoinColumns({@MapKeyJoinColumn(referencedColumnName = \"a\"),",
                        "        @MapKeyJoinColumn(referencedColumnName = \"b\")})",
                        "    java.util.Map<Part, Integer> unnamed;",
                        "}"),
                part());
        assertErrorOnLine(unnamed, "MIG019 the key of map unnamed is entity t.Part, whose primary key has 2 columns,"
                + " but the map gives 2 @MapKeyJoinColumn without a name", 7);
    }

    private static JavaFileObject part() {
        return Compilations.source("t.Part",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity @IdClass(Part.Key.class) public class Part {",
                "    @Id Long a; @Id String b;",
                "    public static class Key implements java.io.Serializable { Long a; String b; }",
                "}");
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

    /**
     * MIG015 is retired: the options it refused are mapped now ({@link OptionsTest}), so the sources
     * that raised it compile cleanly.
     */
    @Test
    void formerMig015OptionsCompile() {
        Compilation compilation = compile(Compilations.source("t.Opt2",
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "@Table(options = \"with (fillfactor = 70)\",",
                "    indexes = @Index(columnList = \"name\", options = \"nulls not distinct\"),",
                "    uniqueConstraints = @UniqueConstraint(columnNames = \"name\", options = \"deferrable\"))",
                "public class Opt2 {",
                "    @Id Long id;",
                "    String name;",
                "    @ManyToOne @JoinColumn(options = \"deferrable\")",
                "    Opt2 parent;",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        org.assertj.core.api.Assertions.assertThat(compilation.diagnostics()).noneMatch(d -> d.getMessage(null).contains("MIG015"));
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

    private static final JavaFileObject PAYMENT = Compilations.source("t.Payment",
            "package t;",
            "import jakarta.persistence.*;",
            "@Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE)",
            "public class Payment {",
            "    @Id Long id;",
            "}");

    /** A single-table subclass of {@code t.Payment} with the given attribute lines (from line 5 on). */
    private static JavaFileObject payment(String name, String... attributes) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "package t;",
                "import jakarta.persistence.*;",
                "@Entity",
                "public class " + name + " extends Payment {"));
        lines.addAll(List.of(attributes));
        lines.add("}");
        return Compilations.source("t." + name, lines.toArray(String[]::new));
    }

    @Test
    void mig019SiblingsDefiningOneColumnDifferentlyIsReportedOnTheLaterOnesAttribute() {
        JavaFileObject transfer = payment("TransferPayment",
                "    String iban;",
                "    @Column(length = 4) String currency;");
        Compilation compilation = compile(PAYMENT, payment("CardPayment", "    @Column(length = 3) String currency;"),
                transfer);

        assertThat(compilation).hadErrorContaining("MIG021 column currency of table Payment is mapped differently by"
                        + " t.CardPayment#currency (varchar(3)) and t.TransferPayment#currency (varchar(4)) in the same"
                        + " binding phase")
                .inFile(transfer)
                .onLine(6);
        assertThat(compilation).hadErrorContaining("map the column once in their common superclass, or give the two"
                + " attributes distinct column names");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void mig019NullabilityAndUniqueAreOrderDependentToo() {
        Compilation compilation = compile(PAYMENT,
                payment("CardPayment", "    @Column(nullable = false) String holder;", "    String code;"),
                payment("TransferPayment", "    String holder;", "    @Column(unique = true) String code;"));

        assertThat(compilation).hadErrorContaining("MIG021 column holder of table Payment is mapped differently by"
                + " t.CardPayment#holder (varchar(255) not null) and t.TransferPayment#holder (varchar(255))");
        assertThat(compilation).hadErrorContaining("MIG021 column code of table Payment is mapped differently by"
                + " t.CardPayment#code (varchar(255)) and t.TransferPayment#code (varchar(255) unique)");
    }

    @Test
    void mig019SiblingsAgreeingOnAColumnAreAccepted() {
        // Hibernate makes subclass columns nullable, so an int and an Integer give the same column (the int's
        // non-null rule becomes a discriminator check of its own entity); a to-one join column binds after the
        // sibling's basic column of the same name, so the basic definition wins whatever the order.
        Compilation compilation = compile(PAYMENT,
                payment("CardPayment", "    @Column(length = 3) String currency;", "    int priority;",
                        "    @Column(name = \"ref_id\", nullable = false) Long ref;"),
                payment("TransferPayment", "    @Column(length = 3) String currency;", "    Integer priority;",
                        "    @ManyToOne @JoinColumn(name = \"ref_id\", insertable = false, updatable = false) Payment ref;"));

        assertThat(compilation).succeeded();
    }

    @Test
    void mig020TwoToOnesInOneJoinTable() {
        // The implicit join table of "backup" is Worker_Unit, the same name as "unit"'s, ignoring case.
        Compilation compilation = compile(Compilations.source("t.Worker",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity",
                        "public class Worker {",
                        "    @Id Long id;",
                        "    @ManyToOne @JoinTable(name = \"worker_unit\") Unit unit;",
                        "    @ManyToOne @JoinTable Unit backup;",
                        "}"),
                Compilations.source("t.Unit", "package t;", "@jakarta.persistence.Entity", "public class Unit {",
                        "    @jakarta.persistence.Id Long id;", "}"));
        assertErrorOnLine(compilation, "MIG020 t.Worker puts to-one association backup in table Worker_Unit, which entity"
                + " t.Worker already uses as its table, a secondary table or another association's join table", 7);
    }

    @Test
    void mig003ReferencedColumnInsideAnEmbeddable() {
        Compilation compilation = compile(Compilations.source("t.Parcel",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity",
                        "public class Parcel {",
                        "    @Id Long id;",
                        "    @ManyToOne @JoinColumn(name = \"depot_zip\", referencedColumnName = \"zip\") Depot depot;",
                        "}"),
                Compilations.source("t.Depot",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity",
                        "public class Depot {",
                        "    @Id Long id;",
                        "    @Embedded Address address;",
                        "    @Embeddable public static class Address { String zip; }",
                        "}"));
        assertErrorOnLine(compilation, "MIG003 @JoinColumn(referencedColumnName) naming a column that is neither the primary"
                + " key nor a basic column of the target (an embedded or join column) is not supported", 6);
    }
}
