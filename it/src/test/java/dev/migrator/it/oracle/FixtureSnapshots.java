package dev.migrator.it.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.model.Schema;
import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotAssembler;
import dev.migrator.snapshot.SnapshotCodec;
import dev.migrator.snapshot.SnapshotFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Our model of a fixture, as {@code make} would see it: the snapshot fragments the annotation
 * processor wrote into the test class output ({@code META-INF/migrator/entities/}) for the
 * fixture's package, assembled with {@link SnapshotAssembler}.
 */
public final class FixtureSnapshots {
    private static final String DIRECTORY = "META-INF/migrator/entities";

    private FixtureSnapshots() {}

    /**
     * The assembled schema of {@code fixture}. Fails when the processor wrote no fragment for one
     * of the fixture's entities, or wrote one under another naming than the fixture's.
     */
    public static Schema schema(Fixture fixture) {
        List<EntitySnapshot> fragments = fragments(fixture);
        assertThat(fragments.stream().map(EntitySnapshot::entityClass).sorted().toList())
                .as("snapshot fragments of fixture %s", fixture)
                .isEqualTo(fixture.entityClasses().stream().map(Class::getName).sorted().toList());
        assertThat(SnapshotAssembler.naming(fragments)).as("naming of fixture %s", fixture).isEqualTo(fixture.naming());
        return SnapshotAssembler.assemble(fragments);
    }

    private static List<EntitySnapshot> fragments(Fixture fixture) {
        List<EntitySnapshot> fragments = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory())) {
            for (Path file : files.sorted().toList()) {
                String className = file.getFileName().toString().replaceFirst("\\.json$", "");
                if (className.substring(0, className.lastIndexOf('.')).equals(fixture.packageName())) {
                    fragments.add(SnapshotCodec.fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SnapshotFormatException e) {
            throw new AssertionError("the processor wrote an unreadable fragment: " + e.getMessage(), e);
        }
        return fragments;
    }

    private static Path directory() {
        URL url = Thread.currentThread().getContextClassLoader().getResource(DIRECTORY);
        if (url == null) {
            throw new AssertionError(DIRECTORY + " is not on the test classpath: did the processor run in test-compile?");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
