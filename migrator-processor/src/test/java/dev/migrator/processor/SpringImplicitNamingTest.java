package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Schema;
import dev.migrator.model.Table;
import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.util.List;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.NamingHelper;
import org.junit.jupiter.api.Test;

/**
 * {@code -Amigrator.implicitNaming=spring}: Spring Boot's {@code SpringImplicitNamingStrategy} names an
 * implicit join table {@code <owner logical table>_<owning attribute>}, quoted as Hibernate's
 * {@code TableBinder} quotes it, and physical naming applies on top. The {@code it} fixture
 * {@code spring.shop} proves the same names against Spring's real class; here each mapping that goes
 * through {@code determineJoinTableName} is pinned, and FK names are checked against Hibernate's own
 * hashing ({@link NamingHelper}) over the Spring table name.
 */
class SpringImplicitNamingTest {

    private static final List<javax.tools.JavaFileObject> SOURCES = List.of(
            Compilations.source("t.Course",
                    "package t;",
                    "import jakarta.persistence.*;",
                    "@Entity public class Course { @Id Long id; }"),
            Compilations.source("t.User",
                    "package t;",
                    "import jakarta.persistence.*;",
                    "@Entity public class User { @Id Long id; }"),
            Compilations.source("t.StudentRecord",
                    "package t;",
                    "import jakarta.persistence.*;",
                    "import java.util.*;",
                    "@Entity public class StudentRecord { @Id Long id;",
                    "    @ManyToMany Set<Course> courses;",
                    "    @ManyToMany Set<Course> favoriteCourses;",
                    "    @OneToMany List<Course> electives;",
                    "    @ManyToOne @JoinTable Course mentorCourse;",
                    "    @ManyToMany @JoinTable(joinColumns = @JoinColumn(name = \"student\")) Set<Course> audited;",
                    "    @ManyToMany @JoinTable(name = \"named_table\") Set<Course> named;",
                    "    @ManyToMany Set<User> followers; }"),
            Compilations.source("t.Tutor",
                    "package t;",
                    "import jakarta.persistence.*;",
                    "import java.util.*;",
                    "@Entity @Table(name = \"app_tutor\") public class Tutor { @Id Long id;",
                    "    @ManyToMany Set<Course> courses; }"),
            Compilations.source("t.Order",
                    "package t;",
                    "import jakarta.persistence.*;",
                    "import java.util.*;",
                    "@Entity public class Order { @Id Long id;",
                    "    @ManyToMany Set<Course> courses; }"));

    private static EntitySnapshot fragment(Compilation compilation, String entity) throws SnapshotFormatException {
        assertThat(compilation).succeeded();
        return SnapshotCodec.fromJson(Compilations.fragment(compilation, entity));
    }

    private static Schema spring(String naming, String entity) throws SnapshotFormatException {
        return fragment(Compilations.compile(SOURCES, "-Amigrator.naming=" + naming, "-Amigrator.implicitNaming=spring"),
                entity).schema();
    }

    private static List<String> tableNames(Schema schema) {
        return schema.tables().stream().map(Table::name).toList();
    }

    @Test
    void joinTablesAreNamedAfterTheOwnerTableAndTheAttribute() throws SnapshotFormatException {
        assertThat(tableNames(spring("snake_case", "t.StudentRecord"))).containsExactlyInAnyOrder(
                "student_record", "student_record_courses", "student_record_favorite_courses",
                "student_record_electives", "student_record_mentor_course", "student_record_audited", "named_table",
                // quoted because the target table "User" is (TableBinder quotes when either side is)
                "`StudentRecord_followers`");
        assertThat(tableNames(spring("standard", "t.StudentRecord"))).contains("StudentRecord_courses",
                "StudentRecord_favoriteCourses", "StudentRecord_electives", "StudentRecord_mentorCourse");
    }

    @Test
    void underJpaNamingTwoSetsOfOneTargetShareOneTableWhichHibernateRefuses() {
        Compilation jpa = Compilations.compile(SOURCES, "-Amigrator.naming=snake_case");

        // JPA's <owner>_<target> gives courses and favoriteCourses the same table; Spring's names differ.
        assertThat(jpa).hadErrorContaining("MIG009 column student_record_id of table student_record_course is written"
                + " by two mappings (courses and favoriteCourses)");
    }

    @Test
    void aRenamedOwnerTableAndAKeywordOwnerTableEnterTheirLogicalNames() throws SnapshotFormatException {
        assertThat(tableNames(spring("snake_case", "t.Tutor"))).containsExactlyInAnyOrder("app_tutor", "app_tutor_courses");
        // "Order" is auto-quoted as a keyword, so the join table is quoted and physical naming leaves it alone.
        assertThat(tableNames(spring("snake_case", "t.Order"))).containsExactlyInAnyOrder("Order", "`Order_courses`");
    }

    @Test
    void foreignKeyNamesHashTheSpringTableName() throws SnapshotFormatException {
        Table table = spring("snake_case", "t.StudentRecord").requireTable("student_record_courses");

        assertThat(table.foreignKeys()).extracting(ForeignKey::name).containsExactlyInAnyOrder(
                hashedFk("student_record_courses", "course", "courses_id"),
                hashedFk("student_record_courses", "student_record", "student_record_id"));
    }

    private static String hashedFk(String table, String referenced, String column) {
        return NamingHelper.INSTANCE.generateHashedFkName("FK", Identifier.toIdentifier(table),
                Identifier.toIdentifier(referenced), Identifier.toIdentifier(column));
    }

    @Test
    void theFragmentRecordsSpringAndLeavesJpaOut() throws SnapshotFormatException {
        List<javax.tools.JavaFileObject> course = SOURCES.subList(0, 1);
        Compilation spring = Compilations.compile(course, "-Amigrator.implicitNaming=spring");
        Compilation jpa = Compilations.compile(course, "-Amigrator.implicitNaming=jpa");

        assertThat(fragment(spring, "t.Course").implicitNaming()).isEqualTo("spring");
        assertThat(Compilations.fragment(spring, "t.Course")).contains("\"implicitNaming\": \"spring\"");
        assertThat(fragment(jpa, "t.Course").implicitNaming()).isEqualTo("jpa");
        assertThat(Compilations.fragment(jpa, "t.Course")).doesNotContain("implicitNaming");
    }

    @Test
    void anUnknownImplicitNamingIsAnErrorNamingTheOption() {
        Compilation compilation = Compilations.compile(SOURCES, "-Amigrator.implicitNaming=legacy");

        assertThat(compilation).hadErrorContaining(
                "MIG008 unknown value \"legacy\" for processor option -Amigrator.implicitNaming; use one of jpa, spring");
    }
}
