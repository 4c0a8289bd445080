package dev.migrator.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fixture models (the tutorial of issue 2, embeddables and composite keys) against golden fragments. Each golden file was checked by hand
 * against the DDL Hibernate ORM 7.1.10 exports for the same classes on H2 and PostgreSQL.
 * Regenerate with {@code -Dmigrator.updateGolden=true} and review the diff.
 */
class GoldenFragmentsTest {
    private static final boolean UPDATE = Boolean.getBoolean("migrator.updateGolden");

    @ParameterizedTest
    @CsvSource({
        "standard, tutorial, User", "standard, tutorial, Address", "standard, tutorial, Department",
        "standard, tutorial, Employee", "standard, tutorial, Project", "standard, tutorial, Desk",
        "snake_case, tutorial, User", "snake_case, tutorial, Address", "snake_case, tutorial, Department",
        "snake_case, tutorial, Employee", "snake_case, tutorial, Desk",
        "standard, embedded, Purchase", "standard, embedded, Line", "standard, assoc, Team",
        "standard, overrides, Machine", "standard, tableindexes, Crew"
    })
    void fragmentMatchesGolden(String naming, String fixture, String entity) throws IOException {
        Compilation compilation = Compilations.compile(Compilations.sourcesIn(fixture), "-Amigrator.naming=" + naming);
        assertThat(compilation).succeededWithoutWarnings();
        String actual = Compilations.fragment(compilation, fixture + "." + entity);
        Path golden = Compilations.RESOURCES.resolve("golden/" + naming + "/" + fixture + "." + entity + ".json");
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
