package dev.migrator.plugin.command;

import dev.migrator.dialect.Dialect;
import dev.migrator.model.Schema;
import dev.migrator.snapshot.EntitySnapshot;
import dev.migrator.snapshot.SnapshotAssembler;
import dev.migrator.verify.EntityClasses;
import dev.migrator.verify.HibernateSettings;
import dev.migrator.verify.OfflineHibernate;
import dev.migrator.verify.SpringImplicitNaming;
import dev.migrator.verify.Verification;
import dev.migrator.verify.VerifyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code mvn migrator:verify}: boots Hibernate ORM's own metamodel for the project's entities
 * (offline, with the project's Hibernate settings) and compares it with the snapshot the
 * processor wrote, printing every difference; fails when there is one. Writes nothing.
 *
 * <p>A snapshot compiled with {@code -Amigrator.implicitNaming=spring} is compared with Hibernate booted
 * with Spring Boot's {@code SpringImplicitNamingStrategy} from the project's class path (an error when
 * the project has none); one compiled with JPA's implicit naming for a project whose Hibernate uses
 * Spring's strategy gets a hint naming the option when the comparison fails.
 *
 * <p>The dialect is {@code migrator.dialect}, else the one the snapshot records, else both H2 and
 * PostgreSQL (type names and keyword quoting differ between them).
 */
public final class VerifyCommand {
    private final Console console;

    public VerifyCommand(Console console) {
        this.console = console;
    }

    public void execute(VerifyRequest request) throws CommandException {
        try (ProjectClassLoader classes = ProjectClassLoader.over(request.roots())) {
            List<EntitySnapshot> snapshots = SnapshotReader.read(request.roots(), classes, console);
            if (snapshots.isEmpty()) {
                console.info("No entity snapshots found in " + request.outputDirectory()
                        + ": nothing to verify (is migrator-processor in the compiler's annotationProcessorPaths?).");
                return;
            }
            Schema schema = Autogenerator.assemble(snapshots);
            String naming = snapshots.get(0).naming();
            String implicitNaming = SnapshotAssembler.implicitNaming(snapshots);
            String implicitStrategy = SpringImplicitNaming.strategyFor(implicitNaming, classes.loader());
            Map<String, String> settings = HibernateSettings.project(classes.loader(), request.hibernateProperties());
            List<Dialect> dialects = dialects(request.dialect(), snapshots, settings.get("hibernate.dialect"));
            verify(classes.loader(), snapshots, schema, new Naming(naming, implicitNaming, implicitStrategy), dialects,
                    settings);
        } catch (VerifyException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    /**
     * The snapshot's naming: physical ({@code -Amigrator.naming}), implicit ({@code -Amigrator.implicitNaming})
     * and the implicit strategy class Hibernate is booted with for it ({@code null}: Hibernate's default).
     */
    private record Naming(String physical, String implicit, String implicitStrategy) {
        @Override
        public String toString() {
            return implicit.equals("jpa") ? physical : physical + " with " + implicit + " implicit naming";
        }
    }

    private void verify(ClassLoader loader, List<EntitySnapshot> snapshots, Schema schema, Naming naming,
            List<Dialect> dialects, Map<String, String> settings) throws VerifyException, CommandException {
        List<Class<?>> entities = EntityClasses.load(loader, snapshots.stream().map(EntitySnapshot::entityClass).toList());
        boolean provider = OfflineHibernate.hasBeanValidationProvider(loader);
        boolean beanValidation = provider && OfflineHibernate.settingsAllowBeanValidationDdl(settings);
        console.info("Verifying " + entities.size() + " entit" + (entities.size() == 1 ? "y" : "ies")
                + " against Hibernate ORM " + org.hibernate.Version.getVersionString() + " (offline), naming " + naming
                + (settings.isEmpty() ? "" : ", project settings " + settings.keySet())
                + "; Bean Validation " + (beanValidation ? "applied (a provider is on the project's classpath)"
                        : provider ? "not applied (turned off by the project's settings)"
                        : "not applied (no provider on the project's classpath)") + ".");
        List<Verification> failed = new ArrayList<>();
        for (Dialect dialect : dialects) {
            Verification result = Verification.run(schema, naming.physical(), naming.implicitStrategy(), dialect, loader,
                    entities, settings, beanValidation);
            if (result.matches()) {
                console.info(dialect.name() + ": Hibernate's schema and the snapshot agree (" + result.tables()
                        + " tables, " + result.sequences() + " sequences).");
            } else {
                failed.add(result);
                console.warn(dialect.name() + ": " + result.differences().size()
                        + " difference(s) between Hibernate's schema and the snapshot:");
                result.differences().forEach(line -> console.warn("    " + line));
            }
        }
        if (!failed.isEmpty()) {
            SpringImplicitNaming.hint(naming.implicit(), naming.physical(), settings).ifPresent(console::warn);
            throw new CommandException("Hibernate's schema differs from the snapshot ("
                    + String.join(", ", failed.stream().map(v -> v.dialect().name() + ": " + v.differences().size()).toList())
                    + " difference(s), listed above). Migrations made from this snapshot would not build the schema "
                    + "Hibernate expects; a setting the processor cannot see (a naming strategy, the dialect: -Amigrator.dialect) is the usual cause.");
        }
    }

    /**
     * {@code migrator.dialect}, else the snapshot's dialect ({@code -Amigrator.dialect}), else the
     * project's {@code hibernate.dialect} setting when it names Hibernate's H2 or PostgreSQL dialect
     * (also from Spring's {@code spring.jpa.database-platform}), else both.
     */
    static List<Dialect> dialects(String requested, List<EntitySnapshot> snapshots, String hibernateDialect)
            throws CommandException {
        String name = requested != null && !requested.isBlank() ? requested : SnapshotAssembler.dialect(snapshots);
        if (name == null) {
            name = migratorDialect(hibernateDialect);
        }
        if (name == null) {
            return List.of(Dialect.named("h2"), Dialect.named("postgresql"));
        }
        try {
            return List.of(Dialect.named(name));
        } catch (IllegalArgumentException e) {
            throw new CommandException("migrator.dialect: " + e.getMessage(), e);
        }
    }

    /** {@code h2} / {@code postgresql} for Hibernate's H2 / PostgreSQL dialect class, else {@code null}. */
    static String migratorDialect(String hibernateDialect) {
        if (hibernateDialect == null) {
            return null;
        }
        String simpleName = hibernateDialect.substring(hibernateDialect.lastIndexOf('.') + 1).trim();
        return switch (simpleName) {
            case "H2Dialect" -> "h2";
            case "PostgreSQLDialect" -> "postgresql";
            default -> null;
        };
    }
}
