package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.migrator.model.Schema;
import dev.migrator.model.Sequence;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generators declared on {@code package-info}: Hibernate 7 resolves {@code @GeneratedValue(generator)}
 * there after the id and its classes. The oracle fixture {@code generators} proves the same DDL.
 */
class PackageGeneratorsTest {

    @Test
    void sequenceAndTableGeneratorsOfThePackage() throws SnapshotFormatException {
        Compilation compilation = Compilations.compile(List.of(
                Compilations.source("t.package-info",
                        "@SequenceGenerator(name = \"shared\", sequenceName = \"billing_seq\", allocationSize = 20)",
                        "@TableGenerator(name = \"blocks\", table = \"id_blocks\")",
                        "package t;",
                        "import jakarta.persistence.*;"),
                Compilations.source("t.Invoice",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Invoice { @Id @GeneratedValue(generator = \"shared\") Long id; }"),
                Compilations.source("t.Voucher",
                        "package t;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Voucher {",
                        "    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = \"blocks\") Long id; }")));
        assertThat(compilation).succeeded();

        Schema invoice = SnapshotCodec.fromJson(Compilations.fragment(compilation, "t.Invoice")).schema();
        assertThat(invoice.sequences()).containsExactly(Sequence.of("billing_seq", 1, 20));
        Schema voucher = SnapshotCodec.fromJson(Compilations.fragment(compilation, "t.Voucher")).schema();
        assertThat(voucher.table("id_blocks")).isPresent();
    }
}
