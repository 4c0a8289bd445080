package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.snapshot.SnapshotCodec;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Map keys beyond basic types: {@code @MapKeyClass}, composite entity keys, embeddable keys, key
 * converters, {@code @MapKey} of any attribute, and keys that land in a table the map does not own.
 * The expected names (FK hashes included) are Hibernate 7.1.10's for the same mappings, as exported
 * for the oracle's {@code mapkeys2} fixture, which proves the whole schema on H2 and PostgreSQL.
 */
class MapKeyColumnsTest {

    private static final JavaFileObject PRODUCT = Compilations.source("t.Product",
            "package t;",
            "import jakarta.persistence.*;",
            "@Entity public class Product { @Id Long id; String sku; String name; }");

    private static final JavaFileObject REGION = Compilations.source("t.Region",
            "package t;",
            "import jakarta.persistence.*;",
            "@Entity public class Region { @EmbeddedId RegionId id; }");

    private static final JavaFileObject REGION_ID = Compilations.source("t.RegionId",
            "package t;",
            "import jakarta.persistence.*;",
            "@Embeddable public class RegionId implements java.io.Serializable { String country; int zoneNo; }");

    private static final JavaFileObject DIMENSIONS = Compilations.source("t.Dimensions",
            "package t;",
            "import jakarta.persistence.*;",
            "@Embeddable public class Dimensions { int width; Integer height; String unit; }");

    private static Schema schema(String entity, JavaFileObject... sources) throws Exception {
        Compilation compilation = Compilations.compile(List.of(sources));
        assertThat(compilation).succeeded();
        return SnapshotCodec.fromJson(Compilations.fragment(compilation, entity)).schema();
    }

    @Test
    void mapKeyClassGivesTheKeyTypeOfRawMaps() throws Exception {
        Schema schema = schema("t.Store", Compilations.source("t.Store",
                "package t;",
                "import jakarta.persistence.*;",
                "import java.util.Map;",
                "@Entity @SuppressWarnings(\"rawtypes\") public class Store {",
                "    @Id Long id;",
                "    @ElementCollection(targetClass = Integer.class) @MapKeyClass(String.class) Map stockBySku;",
                "    @ElementCollection(targetClass = Integer.class) @MapKeyClass(Dimensions.class) Map boxCounts;",
                "    @ManyToMany(targetEntity = Product.class) @MapKeyClass(Product.class)",
                "    @JoinTable(name = \"store_substitutes\") Map substitutes;",
                "}"), PRODUCT, DIMENSIONS);

        Table stock = schema.requireTable("Store_stockBySku");
        assertThat(stock.requireColumn("stockBySku_KEY")).isEqualTo(Column.of("stockBySku_KEY", ColumnType.varchar(255)).notNull());
        assertThat(stock.requireColumn("stockBySku").type()).isEqualTo(ColumnType.INTEGER);

        // An embeddable key: its columns, all NOT NULL (even Integer and String), in the primary key.
        Table boxes = schema.requireTable("Store_boxCounts");
        assertThat(boxes.requireColumn("height").nullable()).isFalse();
        assertThat(boxes.requireColumn("unit").nullable()).isFalse();
        assertThat(boxes.primaryKey().columns()).containsExactly("height", "width", "Store_id", "unit");

        Table substitutes = schema.requireTable("store_substitutes");
        assertThat(substitutes.requireColumn("substitutes_KEY")).isEqualTo(Column.of("substitutes_KEY", ColumnType.BIGINT).notNull());
        assertThat(substitutes.primaryKey().columns()).containsExactly("Store_id", "substitutes_KEY");
        assertThat(substitutes.foreignKeys()).contains(
                ForeignKey.of("FK9h7lapqbeapby2n3477jv8qv", List.of("substitutes_KEY"), "Product", List.of("id")));
    }

    @Test
    void compositeEntityKeysFollowTheirMapKeyJoinColumns() throws Exception {
        Schema schema = schema("t.Distributor", Compilations.source("t.Distributor",
                "package t;",
                "import jakarta.persistence.*;",
                "import java.util.Map;",
                "@Entity public class Distributor {",
                "    @Id Long id;",
                "    @ElementCollection @CollectionTable(name = \"distributor_region_sales\")",
                "    @MapKeyJoinColumns({@MapKeyJoinColumn(name = \"region_country\", referencedColumnName = \"country\"),",
                "        @MapKeyJoinColumn(name = \"region_zone\", referencedColumnName = \"zoneNo\")})",
                "    @Column(name = \"amount\") Map<Region, java.math.BigDecimal> salesByRegion;",
                "    @ElementCollection @CollectionTable(name = \"by_position\")",
                "    @MapKeyJoinColumns(value = {@MapKeyJoinColumn(name = \"c\"), @MapKeyJoinColumn(name = \"z\")},",
                "        foreignKey = @ForeignKey(name = \"fk_position_key\"))",
                "    Map<Region, String> byPosition;",
                "}"), REGION, REGION_ID);

        Table sales = schema.requireTable("distributor_region_sales");
        assertThat(sales.requireColumn("region_country")).isEqualTo(Column.of("region_country", ColumnType.varchar(255)).notNull());
        assertThat(sales.requireColumn("region_zone")).isEqualTo(Column.of("region_zone", ColumnType.INTEGER).notNull());
        assertThat(sales.primaryKey().columns()).containsExactly("region_zone", "Distributor_id", "region_country");
        // The FK lists the columns in the referenced key's order (zoneNo, country).
        assertThat(sales.foreignKeys()).contains(ForeignKey.of("FKswlyeg4b0gky4xlxh6bg1foqg",
                List.of("region_zone", "region_country"), "Region", List.of("zoneNo", "country")));

        // By position, Hibernate pairs the written columns with the id attributes by name: country, zoneNo.
        Table byPosition = schema.requireTable("by_position");
        assertThat(byPosition.requireColumn("c").type()).isEqualTo(ColumnType.varchar(255));
        assertThat(byPosition.requireColumn("z").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(byPosition.foreignKeys()).contains(
                ForeignKey.of("fk_position_key", List.of("z", "c"), "Region", List.of("zoneNo", "country")));
    }

    @Test
    void keyConvertersTypeTheKeyAndLeaveTheValueAlone() throws Exception {
        Schema schema = schema("t.Board", Compilations.source("t.Board",
                "package t;",
                "import jakarta.persistence.*;",
                "import java.util.Map;",
                "@Entity public class Board {",
                "    @Id Long id;",
                "    @ElementCollection @Convert(attributeName = \"key\", converter = YesNo.class) Map<Boolean, Boolean> flags;",
                "    @ElementCollection @Converts({@Convert(attributeName = \"key\", converter = Length.class),",
                "        @Convert(attributeName = \"value\", converter = YesNo.class)}) Map<String, Boolean> pairs;",
                "    @ElementCollection Map<Color, String> colors;",
                "    @ManyToMany @Convert(converter = Length.class) Map<String, Board> peers;",
                "    @ElementCollection @MapKeyClass(String.class) @Convert(attributeName = \"key\", converter = Length.class)",
                "    Map<String, String> ignored;",
                "}"),
                Compilations.source("t.YesNo",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Converter public class YesNo implements AttributeConverter<Boolean, String> {",
                        "    public String convertToDatabaseColumn(Boolean b) { return b == null ? null : b ? \"Y\" : \"N\"; }",
                        "    public Boolean convertToEntityAttribute(String s) { return s == null ? null : s.equals(\"Y\"); }",
                        "}"),
                Compilations.source("t.Length",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Converter public class Length implements AttributeConverter<String, Integer> {",
                        "    public Integer convertToDatabaseColumn(String s) { return s == null ? null : s.length(); }",
                        "    public String convertToEntityAttribute(Integer i) { return null; }",
                        "}"),
                Compilations.source("t.Color", "package t;", "public record Color(int rgb) {}"),
                Compilations.source("t.ColorConverter",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Converter(autoApply = true) public class ColorConverter implements AttributeConverter<Color, String> {",
                        "    public String convertToDatabaseColumn(Color c) { return null; }",
                        "    public Color convertToEntityAttribute(String s) { return null; }",
                        "}"));

        Table flags = schema.requireTable("Board_flags");
        assertThat(flags.requireColumn("flags_KEY"))
                .isEqualTo(Column.of("flags_KEY", ColumnType.varchar(255)).notNull().check("flags_KEY in ('N','Y')"));
        assertThat(flags.requireColumn("flags").type()).isEqualTo(ColumnType.BOOLEAN);

        Table pairs = schema.requireTable("Board_pairs");
        assertThat(pairs.requireColumn("pairs_KEY").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(pairs.requireColumn("pairs").check()).isEqualTo("pairs in ('N','Y')");

        assertThat(schema.requireTable("Board_colors").requireColumn("colors_KEY").type()).isEqualTo(ColumnType.varchar(255));
        // On a map of entities an unnamed @Convert can only mean the key.
        assertThat(schema.requireTable("Board_Board").requireColumn("peers_KEY").type()).isEqualTo(ColumnType.INTEGER);
        // With @MapKeyClass Hibernate converts no key, and "key" never reaches the value.
        Table ignored = schema.requireTable("Board_ignored");
        assertThat(ignored.requireColumn("ignored_KEY").type()).isEqualTo(ColumnType.varchar(255));
        assertThat(ignored.requireColumn("ignored").type()).isEqualTo(ColumnType.varchar(255));
    }

    @Test
    void mapKeyOfAnyAttributeAddsNoColumn() throws Exception {
        Schema schema = schema("t.Distributor", Compilations.source("t.Distributor",
                "package t;",
                "import jakarta.persistence.*;",
                "import java.util.Map;",
                "@Entity public class Distributor {",
                "    @Id Long id;",
                "    @OneToMany @MapKey(name = \"sku\") @JoinTable(name = \"distributor_catalog\") Map<String, Product> catalog;",
                "}"), PRODUCT);

        Table catalog = schema.requireTable("distributor_catalog");
        assertThat(catalog.columns()).extracting(Column::name).containsExactlyInAnyOrder("Distributor_id", "catalog_id");
        assertThat(catalog.primaryKey().columns()).containsExactly("Distributor_id", "catalog_id");
    }

    @Test
    void keysOfMapsThatDoNotOwnTheirTableGoToTheTargetOrTheOwningJoinTable() throws Exception {
        Compilation compilation = Compilations.compile(List.of(Compilations.source("t.Outlet",
                "package t;",
                "import jakarta.persistence.*;",
                "import java.util.Map;",
                "@Entity public class Outlet {",
                "    @Id Long id;",
                "    @OneToMany @JoinColumn(name = \"shelf_outlet_id\") @MapKeyColumn(name = \"shelf_code\", length = 20,",
                "        nullable = false) Map<String, Shelf> shelves;",
                "    @OneToMany @JoinColumn(name = \"slot_outlet_id\") @MapKeyJoinColumn(name = \"slot_product_id\")",
                "    Map<Product, Shelf> shelfByProduct;",
                "    @OneToMany @JoinColumn(name = \"spare_outlet_id\") Map<Product, Shelf> spareByProduct;",
                "    @OneToMany @JoinColumn(name = \"size_outlet_id\") Map<Dimensions, Shelf> shelfBySize;",
                "    @OneToMany(mappedBy = \"outlet\") Map<String, Shelf> byOutlet;",
                "}"),
                Compilations.source("t.Shelf",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Shelf { @Id Long id; @ManyToOne Outlet outlet;",
                        "    @ManyToMany @JoinTable(name = \"shelf_tags\") java.util.Set<Tag> tags; }"),
                Compilations.source("t.Tag",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Tag { @Id Long id;",
                        "    @ManyToMany(mappedBy = \"tags\") java.util.Map<String, Shelf> shelvesByCode; }"),
                PRODUCT, DIMENSIONS));
        assertThat(compilation).succeeded();
        Table shelf = SnapshotCodec.fromJson(Compilations.fragment(compilation, "t.Outlet")).schema().requireTable("Shelf");

        // Nullable in the target's table whatever @MapKeyColumn says; an explicit @MapKeyJoinColumn keeps
        // its own nullable (false by default), an implicit one is nullable.
        assertThat(shelf.requireColumn("shelf_code")).isEqualTo(Column.of("shelf_code", ColumnType.varchar(20)));
        assertThat(shelf.requireColumn("slot_product_id").nullable()).isFalse();
        assertThat(shelf.requireColumn("spareByProduct_KEY")).isEqualTo(Column.of("spareByProduct_KEY", ColumnType.BIGINT));
        assertThat(shelf.foreignKeys()).contains(
                ForeignKey.of("FK9hh8gddcb2ivs8yahmesbnae3", List.of("spareByProduct_KEY"), "Product", List.of("id")));
        assertThat(shelf.requireColumn("width").nullable()).isTrue();
        assertThat(shelf.requireColumn("byOutlet_KEY").nullable()).isTrue();

        Table tags = SnapshotCodec.fromJson(Compilations.fragment(compilation, "t.Tag")).schema().requireTable("shelf_tags");
        assertThat(tags.requireColumn("shelvesByCode_KEY")).isEqualTo(Column.of("shelvesByCode_KEY", ColumnType.varchar(255)));
    }

    /** {@code @Lob} and {@code @JdbcTypeCode} on a map describe its value; {@code @MapKeyJdbcTypeCode} its key. */
    @Test
    void valueAnnotationsLeaveTheKeyAlone() throws Exception {
        Schema schema = schema("t.Notes", Compilations.source("t.Notes",
                "package t;",
                "import jakarta.persistence.*;",
                "import java.util.Map;",
                "@Entity public class Notes {",
                "    @Id Long id;",
                "    @ElementCollection @Lob Map<String, String> notes;",
                "    @ElementCollection @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.CLOB)",
                "    Map<String, String> texts;",
                "    @ElementCollection @org.hibernate.annotations.MapKeyJdbcTypeCode(org.hibernate.type.SqlTypes.CHAR)",
                "    Map<String, String> chars;",
                "}"));
        assertThat(schema.requireTable("Notes_notes").requireColumn("notes_KEY").type()).isEqualTo(ColumnType.varchar(255));
        assertThat(schema.requireTable("Notes_notes").requireColumn("notes").type()).isEqualTo(ColumnType.CLOB);
        assertThat(schema.requireTable("Notes_texts").requireColumn("texts_KEY").type()).isEqualTo(ColumnType.varchar(255));
        assertThat(schema.requireTable("Notes_chars").requireColumn("chars_KEY").type()).isEqualTo(ColumnType.character(255));
    }
}
