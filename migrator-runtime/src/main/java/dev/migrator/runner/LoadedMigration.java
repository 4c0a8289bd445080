package dev.migrator.runner;

import dev.migrator.Migration;
import dev.migrator.MigrationInfo;
import dev.migrator.OperationRecorder;
import dev.migrator.operation.Operation;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A migration of the index; {@code position} is its line in the index. {@link #info()} is what the
 * index says about it: read from the line's build-time metadata, or from the class when the line
 * had none. The class is loaded at most once, and only when something needs the code
 * ({@link #migration()}, {@link #upgrade()}, {@link #downgrade()}, {@link #codeInfo()}), so that a
 * start-up with nothing to do loads no migration class. Thread-safe.
 */
public final class LoadedMigration {
    private final MigrationInfo info;
    private final int position;
    private final Supplier<MigrationCode> loader;
    private volatile MigrationCode code;

    private LoadedMigration(MigrationInfo info, int position, Supplier<MigrationCode> loader, MigrationCode code) {
        this.info = Objects.requireNonNull(info, "info");
        this.position = position;
        this.loader = loader;
        this.code = code;
    }

    /** A migration whose class is already loaded. */
    static LoadedMigration loaded(MigrationCode code, int position) {
        return new LoadedMigration(code.info(), position, null, code);
    }

    /** A migration known from its index metadata; {@code loader} loads its class when needed. */
    static LoadedMigration indexed(MigrationInfo info, int position, Supplier<MigrationCode> loader) {
        return new LoadedMigration(info, position, Objects.requireNonNull(loader, "loader"), null);
    }

    public MigrationInfo info() {
        return info;
    }

    public String id() {
        return info.id();
    }

    public int position() {
        return position;
    }

    /** Whether the migration's class has been loaded (always, for an index line without metadata). */
    public boolean isLoaded() {
        return code != null;
    }

    /** The migration instance; loads the class on first use. */
    public Migration migration() {
        return code().migration();
    }

    /**
     * What the class says: id, parents and message from its {@code @Revision}, checksum computed
     * from its upgrade. Equal to {@link #info()} unless the index is stale; this is what the
     * history records when the migration runs. Loads the class on first use.
     */
    public MigrationInfo codeInfo() {
        return code().info();
    }

    /** The upgrade's operations (recorded once). */
    public List<Operation> upgrade() {
        return code().upgrade();
    }

    public List<Operation> downgrade() {
        return OperationRecorder.downgradeOf(migration());
    }

    private MigrationCode code() {
        MigrationCode loaded = code;
        if (loaded == null) {
            synchronized (this) {
                loaded = code;
                if (loaded == null) {
                    loaded = loader.get();
                    code = loaded;
                }
            }
        }
        return loaded;
    }

    @Override
    public String toString() {
        return "LoadedMigration[" + info.id() + " (" + info.className() + ")" + (isLoaded() ? "" : ", not loaded") + "]";
    }
}
