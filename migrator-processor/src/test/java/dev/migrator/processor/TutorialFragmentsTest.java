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
 * The tutorial model (issue 2) against golden fragments. Each golden file was checked by hand
 * against the DDL Hibernate ORM 7.1.10 exports for the same classes on H2 and PostgreSQL.
 * Regenerate with {@code -Dmigrator.updateGolden=true} and review the diff.
 */
class TutorialFragmentsTest {
    private static final boolean UPDATE = Boolean.getBoolean("migrator.updateGolden");

    @ParameterizedTest
    @CsvSource({
        "standard, User", "standard, Address", "standard, Department", "standard, Employee", "standard, Project",
        "standard, Desk",
        "snake_case, User", "snake_case, Address", "snake_case, Department", "snake_case, Employee",
        "snake_case, Desk"
    })
    void fragmentMatchesGolden(String naming, String entity) throws IOException {
        Compilation compilation = Compilations.compile(Compilations.sourcesIn("tutorial"), "-Amigrator.naming=" + naming);
        assertThat(compilation).succeededWithoutWarnings();
        String actual = Compilations.fragment(compilation, "tutorial." + entity);
        Path golden = Compilations.RESOURCES.resolve("golden/" + naming + "/tutorial." + entity + ".json");
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
