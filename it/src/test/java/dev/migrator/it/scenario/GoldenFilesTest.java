package dev.migrator.it.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.it.oracle.TestDatabases;
import dev.migrator.render.Downgrade;
import dev.migrator.render.MigrationRenderer;
import dev.migrator.render.MigrationSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java that {@code make} writes for representative scenarios, compared byte for byte with
 * reviewed golden files ({@code src/test/resources/scenarios/golden/<scenario>.java.txt}): the
 * second migration of each scenario, compiled for H2, as it would land in a user's
 * {@code com.example.migrations} package after an initial migration.
 *
 * <p>{@code -Dscenarios.updateGoldens=true} rewrites the files from the current output and then
 * fails every test, so that the new files are reviewed (git diff) and the mode can never pass a
 * build unnoticed.
 */
class GoldenFilesTest {
    private static final String UPDATE = "scenarios.updateGoldens";

    static final List<Scenario> GOLDEN = List.of(
            ScenarioCatalogue.ADD_TABLE,
            ScenarioCatalogue.DROP_TABLE,
            ScenarioCatalogue.ADD_NOT_NULL_COLUMN_WITH_DEFAULT,
            ScenarioCatalogue.ADD_NOT_NULL_COLUMN_WITHOUT_DEFAULT,
            ScenarioCatalogue.DROP_NOT_NULL_COLUMN,
            ScenarioCatalogue.RENAME_COLUMN_BY_ANNOTATION,
            ScenarioCatalogue.RENAME_FIELD_WITH_RENAMES,
            ScenarioCatalogue.VARCHAR_NARROW,
            ScenarioCatalogue.PRIMARY_KEY_SINGLE_TO_COMPOSITE,
            ScenarioCatalogue.INDEX_CHANGE_COLUMNS,
            ScenarioCatalogue.FK_ON_DELETE,
            ScenarioCatalogue.CYCLE_BETWEEN_NEW_TABLES,
            ScenarioCatalogue.MANY_TO_MANY_ADD,
            ScenarioCatalogue.SEQUENCE_INCREMENT_CHANGED,
            ScenarioCatalogue.IDENTITY_TO_SEQUENCE,
            ScenarioCatalogue.CHECK_CHANGE);

    static Stream<Named<Scenario>> golden() {
        return GOLDEN.stream().map(s -> Named.of(s.name(), s));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void renderedJavaIsTheReviewedGolden(Scenario scenario) throws IOException {
        String rendered = render(scenario);
        String resource = "scenarios/golden/" + scenario.name() + ".java.txt";
        if (Boolean.getBoolean(UPDATE)) {
            Path file = Path.of(System.getProperty("basedir", "."), "src/test/resources", resource);
            Files.createDirectories(file.getParent());
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
            throw new AssertionError("rewrote " + file + " (-D" + UPDATE + "=true): review it, commit it, and run"
                    + " again without the property");
        }
        byte[] golden;
        try (InputStream in = GoldenFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("golden file %s (create it with -D%s=true, then review it)", resource, UPDATE).isNotNull();
            golden = in.readAllBytes();
        }
        assertThat(rendered.getBytes(StandardCharsets.UTF_8))
                .as("rendered Java of %s differs from %s:\n%s", scenario, resource, rendered)
                .isEqualTo(golden);
    }

    /** The second migration of {@code scenario}, as make would write it into a project. */
    static String render(Scenario scenario) {
        ScenarioRun.Generated generated = ScenarioRun.generate(scenario, TestDatabases.H2);
        var operations = generated.diff().operations();
        String className = "V0002_" + Stream.of(scenario.name().split("_"))
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .reduce("", String::concat);
        return MigrationRenderer.render(new MigrationSpec("com.example.migrations", className, "0002_" + scenario.name(),
                List.of("0001_initial"), scenario.name().replace('_', ' '), operations,
                Downgrade.of(operations, generated.diff().downgradeFills())));
    }
}
