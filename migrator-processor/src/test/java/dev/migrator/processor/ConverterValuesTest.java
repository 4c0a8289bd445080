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
}
