package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.Column;
import dev.migrator.model.Table;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nullability of the columns of embeddables; expectations are Hibernate 7.1.10's H2 DDL for the
 * same classes (entities {@code embnull}):
 * <pre>
 * create table Holder (ib integer not null, id2 float(53), ix integer, iy integer, ob integer not null,
 *     oc integer not null, ox integer, oy integer, id bigint not null, primary key (id));
 * create table Holder_outers (ib integer not null, id2 float(53), ix integer, iy integer, ob integer not null,
 *     oc integer not null, ox integer, oy integer, Holder_id bigint not null);
 * create table Keyed (k1 integer not null, plain integer not null, q integer not null, r integer, t integer,
 *     k2 bigint not null, s varchar(255) not null, primary key (k1, q, k2, s));
 * </pre>
 * Primitives of an embeddable are nullable at every depth unless {@code @Basic} says otherwise;
 * everything in an {@code @EmbeddedId} is NOT NULL.
 */
class EmbeddableNullabilityTest {
    private static Compilation compilation;

    @BeforeAll
    static void compile() {
        compilation = Compilations.compile(Compilations.sourcesIn("embnull"));
        assertThat(compilation).succeeded();
    }

    private static Map<String, Boolean> nullability(String entity, String table) throws SnapshotFormatException {
        Table t = SnapshotCodec.fromJson(Compilations.fragment(compilation, entity)).schema().requireTable(table);
        Map<String, Boolean> out = new TreeMap<>();
        for (Column column : t.columns()) {
            out.put(column.name(), column.nullable());
        }
        return out;
    }

    private static Map<String, Boolean> expected(List<String> notNull, List<String> nullable) {
        Map<String, Boolean> out = new TreeMap<>();
        notNull.forEach(name -> out.put(name, false));
        nullable.forEach(name -> out.put(name, true));
        return out;
    }

    @Test
    void embeddedPrimitivesAreNullableAtEveryDepthUnlessBasicSaysOtherwise() throws SnapshotFormatException {
        assertThat(nullability("embnull.Holder", "Holder")).isEqualTo(expected(
                List.of("ib", "ob", "oc", "id"), List.of("id2", "ix", "iy", "ox", "oy")));
    }

    @Test
    void sameInAnElementCollectionOfEmbeddables() throws SnapshotFormatException {
        assertThat(nullability("embnull.Holder", "Holder_outers")).isEqualTo(expected(
                List.of("ib", "ob", "oc", "Holder_id"), List.of("id2", "ix", "iy", "ox", "oy")));
    }

    @Test
    void embeddedIdColumnsAreNotNullAtEveryDepthButOtherEmbeddablesAreNot() throws SnapshotFormatException {
        assertThat(nullability("embnull.Keyed", "Keyed")).isEqualTo(expected(
                List.of("k1", "k2", "q", "s", "plain"), List.of("r", "t")));
    }
}
