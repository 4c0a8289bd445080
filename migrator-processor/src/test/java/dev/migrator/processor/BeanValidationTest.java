package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.Table;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation constraints in the DDL; expectations are Hibernate 7.1.10's DDL for
 * {@code validation.Valid} with hibernate-validator on the class path:
 * {@code d integer not null check ((d>=1) and (d<=10)), e numeric(7,2), h integer check ((h>=0)),
 * f_id bigint not null, g varchar(20), b varchar(50), a varchar(255) not null, c varchar(255) not
 * null, i varchar(255)}.
 */
class BeanValidationTest {

    private static Table table(String option) throws SnapshotFormatException {
        Compilation compilation = Compilations.compile(Compilations.sourcesIn("validation"), "-Amigrator.beanValidation=" + option);
        assertThat(compilation).succeeded();
        return SnapshotCodec.fromJson(Compilations.fragment(compilation, "validation.Valid")).schema().requireTable("Valid");
    }

    @Test
    void appliesConstraintsAsHibernatesTypeSafeActivator() throws SnapshotFormatException {
        Table valid = table("on");
        assertThat(valid.requireColumn("a")).isEqualTo(Column.of("a", ColumnType.varchar(255)).notNull());
        assertThat(valid.requireColumn("b")).isEqualTo(Column.of("b", ColumnType.varchar(50)));
        assertThat(valid.requireColumn("c").nullable()).isFalse();
        assertThat(valid.requireColumn("d")).isEqualTo(Column.of("d", ColumnType.INTEGER).notNull().check("(d>=1) and (d<=10)"));
        assertThat(valid.requireColumn("e").type()).isEqualTo(ColumnType.numeric(7, 2));
        assertThat(valid.requireColumn("f_id").nullable()).isFalse();
        assertThat(valid.requireColumn("g").type()).isEqualTo(ColumnType.varchar(20));
        assertThat(valid.requireColumn("h").check()).isEqualTo("h>=0");
        assertThat(valid.requireColumn("i").nullable()).isTrue(); // not in the default group
    }

    /**
     * The halves of a @Min/@Max check come in Hibernate Validator's HashSet order of the
     * descriptors, checked against Hibernate Validator 9.0.1: Min1 before Max10 (buckets 9, 13),
     * Max5 before Min-5 (0, 10), Max100 before Min0 (3, 6), Min2(message=x) before Max1000 (11,
     * 15), and the tie Max130/Min13 (both bucket 5) as Hibernate orders it in the it fixture;
     * @Range is always min then max (its composing constraints are a LinkedHashSet).
     */
    @Test
    void minAndMaxHalvesInHibernateValidatorsOrder() throws SnapshotFormatException {
        Table valid = table("on");
        assertThat(valid.requireColumn("age").check()).isEqualTo("(age<=130) and (age>=13)");
        assertThat(valid.requireColumn("z").check()).isEqualTo("(z<=5) and (z>=-5)");
        assertThat(valid.requireColumn("p")).isEqualTo(Column.of("p", ColumnType.INTEGER).notNull().check("(p<=100) and (p>=0)"));
        assertThat(valid.requireColumn("r").check()).isEqualTo("(r>=13) and (r<=130)");
        assertThat(valid.requireColumn("m").check()).isEqualTo("(m>=2) and (m<=1000)");
        assertThat(valid.requireColumn("onlyMax").check()).isEqualTo("onlyMax<=7");
    }

    @Test
    void offIgnoresConstraints() throws SnapshotFormatException {
        Table valid = table("off");
        assertThat(valid.requireColumn("a").nullable()).isTrue();
        assertThat(valid.requireColumn("b").type()).isEqualTo(ColumnType.varchar(255));
        assertThat(valid.requireColumn("d").check()).isNull();
    }

    @Test
    void autoFollowsTheProviderOnTheClassPath() throws SnapshotFormatException {
        // hibernate-validator is a test dependency of this module, so auto means on here.
        assertThat(table("auto")).isEqualTo(table("on"));
    }

    /**
     * Constraints inside embeddables, as Hibernate 7.1.10 exports {@code validemb.Person}:
     * {@code lat float(53), n_lat float(53) not null check ((n_lat<=90)), n_no integer check
     * ((n_no>=1)), no integer, o_lat float(53), o_no integer, v_lat float(53) check ((v_lat<=90)),
     * v_no integer check ((v_no>=1)), n_zip varchar(10), v_zip varchar(10), n_street varchar(255) not
     * null, o_street varchar(255), o_zip varchar(255), street varchar(255), v_street varchar(255),
     * zip varchar(255)}; and nothing in the collection tables ({@code Person_geos (lat float(53)},
     * {@code Person_nums (nums integer}, {@code Person_tags (tags varchar(255)}).
     */
    @Test
    void constraintsInsideEmbeddablesOnlyThroughValidAndNotNullOnlyThroughNotNull() throws SnapshotFormatException {
        Compilation compilation = Compilations.compile(Compilations.sourcesIn("validemb"), "-Amigrator.beanValidation=on");
        assertThat(compilation).succeeded();
        var schema = SnapshotCodec.fromJson(Compilations.fragment(compilation, "validemb.Person")).schema();
        Table person = schema.requireTable("Person");
        // no @Valid on the embedded attribute: nothing applies
        for (String plain : new String[] {"street", "zip", "no", "lat", "o_street", "o_zip", "o_no", "o_lat"}) {
            Column column = person.requireColumn(plain);
            assertThat(column.nullable()).as(plain).isTrue();
            assertThat(column.check()).as(plain).isNull();
        }
        assertThat(person.requireColumn("zip").type()).isEqualTo(ColumnType.varchar(255));
        // @Valid: sizes and checks, but no NOT NULL unless every level is @NotNull too
        assertThat(person.requireColumn("v_street")).isEqualTo(Column.of("v_street", ColumnType.varchar(255)));
        assertThat(person.requireColumn("v_zip").type()).isEqualTo(ColumnType.varchar(10));
        assertThat(person.requireColumn("v_no").check()).isEqualTo("v_no>=1");
        assertThat(person.requireColumn("v_lat").nullable()).isTrue();
        assertThat(person.requireColumn("v_lat").check()).isEqualTo("v_lat<=90");
        // @Valid @NotNull at every level
        assertThat(person.requireColumn("n_street").nullable()).isFalse();
        assertThat(person.requireColumn("n_lat").nullable()).isFalse();
        assertThat(person.requireColumn("n_lat").check()).isEqualTo("n_lat<=90");
        // collection tables: no Bean Validation DDL at all
        assertThat(schema.requireTable("Person_tags").requireColumn("tags")).isEqualTo(Column.of("tags", ColumnType.varchar(255)));
        assertThat(schema.requireTable("Person_nums").requireColumn("nums").check()).isNull();
        assertThat(schema.requireTable("Person_geos").requireColumn("lat").nullable()).isTrue();
        assertThat(schema.requireTable("Person_geos").requireColumn("lat").check()).isNull();
    }
}
