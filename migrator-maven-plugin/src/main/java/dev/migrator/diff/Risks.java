package dev.migrator.diff;

import dev.migrator.model.ColumnType;
import dev.migrator.model.QualifiedName;
import dev.migrator.operation.AddCheckConstraint;
import dev.migrator.operation.AddColumn;
import dev.migrator.operation.AddForeignKey;
import dev.migrator.operation.AddPrimaryKey;
import dev.migrator.operation.AddUniqueConstraint;
import dev.migrator.operation.AlterColumnCheck;
import dev.migrator.operation.AlterColumnComment;
import dev.migrator.operation.AlterColumnDefault;
import dev.migrator.operation.AlterColumnNullability;
import dev.migrator.operation.AlterColumnType;
import dev.migrator.operation.AlterSequence;
import dev.migrator.operation.CreateIndex;
import dev.migrator.operation.CreateSchema;
import dev.migrator.operation.CreateSequence;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropCheckConstraint;
import dev.migrator.operation.DropColumn;
import dev.migrator.operation.DropForeignKey;
import dev.migrator.operation.DropIndex;
import dev.migrator.operation.DropSchema;
import dev.migrator.operation.DropPrimaryKey;
import dev.migrator.operation.DropSequence;
import dev.migrator.operation.DropTable;
import dev.migrator.operation.DropUniqueConstraint;
import dev.migrator.operation.ExecuteSql;
import dev.migrator.operation.Operation;
import dev.migrator.operation.OperationVisitor;
import dev.migrator.operation.RenameColumn;
import dev.migrator.operation.RenameTable;
import dev.migrator.operation.RunJava;
import dev.migrator.operation.SetNotNull;
import dev.migrator.operation.AlterColumnIdentity;
import dev.migrator.operation.SetTableComment;
import dev.migrator.operation.SetTableOptions;
import dev.migrator.dialect.TypeChanges;
import dev.migrator.dialect.TypeChanges.Family;
import dev.migrator.model.TypeKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The risk of an operation, if any: what {@code make} reports and what the generated code marks,
 * each with the safer alternative. One place decides what counts as destructive or risky, so the
 * report and the code always agree.
 *
 * <p>Some operations are risky only on a table that already holds rows: building an index,
 * validating a new foreign key, unique or check constraint. {@link #in(List)} knows which tables the
 * same migration creates (empty, so nothing to scan or lock); {@link #of(Operation)} assumes every
 * table exists.
 */
public final class Risks implements OperationVisitor<Optional<Risk>> {
    private static final Risks EXISTING_TABLES = new Risks(Set.of());

    /** Tables the migration creates itself: empty when its later operations run. */
    private final Set<String> newTables;

    private Risks(Set<String> newTables) {
        this.newTables = newTables;
    }

    /** The risk of {@code operation} on tables that may hold rows. */
    public static Optional<Risk> of(Operation operation) {
        return operation.accept(EXISTING_TABLES);
    }

    /** The risks of the operations of one migration (upgrade or downgrade), which know the tables it creates. */
    public static Risks in(List<Operation> migration) {
        Set<String> created = new HashSet<>();
        for (Operation op : migration) {
            if (op instanceof CreateTable create) { // the one kind that matters here: no visitor needed
                created.add(create.table().name());
            }
        }
        return new Risks(Set.copyOf(created));
    }

    /** The risk of one operation of the migration this was made {@link #in}. */
    public Optional<Risk> risk(Operation operation) {
        return operation.accept(this);
    }

    @Override
    public Optional<Risk> visit(DropTable op) {
        return destructive("drops table " + op.table().name() + " and every row in it");
    }

    @Override
    public Optional<Risk> visit(DropColumn op) {
        if (op.column().generatedAs() != null) {
            return Optional.empty(); // computed from the other columns: it holds no data of its own
        }
        if (op.column().options() != null) {
            return destructive("drops column " + op.table() + "." + op.column().name() + " and its values. When it is"
                    + " dropped and added again because its @Column(options) changed (no database alters those in"
                    + " place), keep the values by replacing the drop and add with a hand-written op.executeSql(\"alter table ...\") for your database");
        }
        return destructive("drops column " + op.table() + "." + op.column().name() + " and its values");
    }

    @Override
    public Optional<Risk> visit(AlterColumnType op) {
        String change = op.table() + "." + op.column() + " from " + describe(op.from()) + " to " + describe(op.to());
        boolean rewrites = TypeChanges.rewritesPostgresTable(op.from(), op.to());
        String rewrite = rewrites ? "; PostgreSQL rewrites the table under an exclusive lock" : "";
        String safer = rewrites ? ". Safer on a large table: a new column, filled in batches" : "";
        if (narrows(op.from(), op.to()) || narrowsKind(op.from().kind(), op.to().kind())) {
            return destructive("narrows " + change + "; values that no longer fit make it fail"
                    + (TypeChanges.family(op.to().kind()) == Family.NUMBER ? " (or are rounded)" : "")
                    + rewrite + safer);
        }
        Family from = TypeChanges.family(op.from().kind());
        Family to = TypeChanges.family(op.to().kind());
        if (from != to && to != Family.CHARACTER) {
            return destructive("changes the type family of " + change + "; a value that does not convert (PostgreSQL:"
                    + " using " + op.column() + "::" + describe(op.to()) + ") makes it fail, and converting back"
                    + " may not give the old text" + rewrite + safer);
        }
        if (!rewrites) {
            return Optional.empty(); // widening in place: every value still fits, no rewrite
        }
        return risky("changes the type of " + change + rewrite + safer);
    }

    @Override
    public Optional<Risk> visit(AddColumn op) {
        if (!op.column().nullable() && op.column().defaultValue() == null && !op.column().identity()
                && op.column().generatedAs() == null && !newTables.contains(op.table())) {
            return risky("adds NOT NULL column " + op.table() + "." + op.column().name() + " without a default;"
                    + " fails if the table has rows. Safer: add it nullable, then op.setNotNull(\"" + op.table() + "\", \""
                    + op.column().name() + "\", \"<one-off SQL value>\") (make does this with -D" + NotNullDefaults.PROPERTY
                    + "=" + op.table() + "." + op.column().name() + "=<sql>)");
        }
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(AlterColumnNullability op) {
        return op.nullable() ? Optional.empty() : risky("makes " + op.table() + "." + op.column()
                + " NOT NULL; fails if a row holds NULL there. Safer: fill those rows first with op.setNotNull(\""
                + op.table() + "\", \"" + op.column() + "\", \"<one-off SQL value>\") (make does this with -D"
                + NotNullDefaults.PROPERTY + "=" + op.table() + "." + op.column() + "=<sql>)");
    }

    /**
     * In place, the values kept. Stopping identity hands the ids to the entity's new generator, which
     * starts where it is declared to, not above the ids the rows hold; becoming identity restarts
     * above them, nothing to say.
     */
    @Override
    public Optional<Risk> visit(AlterColumnIdentity op) {
        if (op.identity() || newTables.contains(op.table())) {
            return Optional.empty();
        }
        return risky(op.table() + "." + op.column() + " is no longer generated by the database; the ids of new rows"
                + " come from the entity's generator, which must start above the largest id already there (check"
                + " its sequence's start, or alter the sequence in this migration)");
    }

    /** The one-off value is safe for the rows; the cost is writing each NULL row and scanning the table under a lock. */
    @Override
    public Optional<Risk> visit(SetNotNull op) {
        if (newTables.contains(op.table())) {
            return Optional.empty();
        }
        return risky("sets " + op.table() + "." + op.column() + " to " + op.fill() + " in every row holding NULL there,"
                + " then makes it NOT NULL (a full scan under an exclusive lock). Safer on a large table: fill the rows"
                + " in batches in a hand-written migration first");
    }

    @Override
    public Optional<Risk> visit(CreateTable op) {
        return Optional.empty();
    }

    /** Moving a table to another schema is a rename on PostgreSQL, but H2 cannot do it (the dialect refuses). */
    @Override
    public Optional<Risk> visit(RenameTable op) {
        if (QualifiedName.sameSchema(op.from(), op.to())) {
            return Optional.empty();
        }
        return risky("moves table " + op.from() + " to another schema (" + op.to()
                + "): PostgreSQL moves it in place, H2 cannot move a table between schemas");
    }

    /** {@code create schema if not exists}: nothing to lose, nothing to lock. */
    @Override
    public Optional<Risk> visit(CreateSchema op) {
        return Optional.empty();
    }

    /** {@code drop schema ... restrict}: the database refuses while anything is left in it. */
    @Override
    public Optional<Risk> visit(DropSchema op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(SetTableComment op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(RenameColumn op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(AlterColumnDefault op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(AlterColumnComment op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(AlterColumnCheck op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(AddPrimaryKey op) {
        if (newTables.contains(op.table())) {
            return Optional.empty();
        }
        return risky("adds a primary key to existing table " + op.table() + ": builds its index blocking writes, and"
                + " fails on duplicate or NULL keys. Safer on a large PostgreSQL table: create unique index concurrently"
                + " by hand, then add the primary key using that index");
    }

    @Override
    public Optional<Risk> visit(DropPrimaryKey op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(AddForeignKey op) {
        if (newTables.contains(op.table())) {
            return Optional.empty();
        }
        return risky("adds foreign key " + named(op.foreignKey().name()) + "on existing table " + op.table()
                + ", checking every row while " + (op.table().equals(op.foreignKey().referencedTable()) ? "it is"
                        : "both " + op.table() + " and " + op.foreignKey().referencedTable() + " are")
                + " locked against writes; fails if a row has no match. Safer on a large PostgreSQL table: a"
                + " hand-written migration that adds it NOT VALID, then VALIDATE CONSTRAINT (which does not block writes)");
    }

    @Override
    public Optional<Risk> visit(DropForeignKey op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(AddUniqueConstraint op) {
        if (newTables.contains(op.table())) {
            return Optional.empty();
        }
        return risky("adds unique constraint " + named(op.unique().name()) + "on existing table " + op.table()
                + ": builds its index blocking writes, and fails on duplicate rows. Safer on a large PostgreSQL table:"
                + " create unique index concurrently by hand, then add the constraint using that index");
    }

    @Override
    public Optional<Risk> visit(DropUniqueConstraint op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(CreateIndex op) {
        if (newTables.contains(op.table())) {
            return Optional.empty();
        }
        return risky("builds index " + op.index().name() + " on existing table " + op.table() + ", blocking writes to it"
                + " until done" + (op.index().unique() ? " (and fails on duplicate rows)" : "") + ". Safer on a large"
                + " PostgreSQL table: a hand-written migration with op.executeSql(\"create "
                + (op.index().unique() ? "unique " : "") + "index concurrently ...\", \"drop index concurrently ...\")");
    }

    @Override
    public Optional<Risk> visit(DropIndex op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(AddCheckConstraint op) {
        if (newTables.contains(op.table())) {
            return Optional.empty();
        }
        return risky("adds check constraint " + named(op.check().name()) + "on existing table " + op.table()
                + ", checking every row under an exclusive lock; fails if a row violates it. Safer on a large"
                + " PostgreSQL table: a hand-written migration that adds it NOT VALID, then VALIDATE CONSTRAINT");
    }

    @Override
    public Optional<Risk> visit(DropCheckConstraint op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(CreateSequence op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(DropSequence op) {
        return Optional.empty();
    }

    /** Start and increment are altered; options are SQL text whose ALTER cannot be derived from the old and new text. */
    @Override
    public Optional<Risk> visit(AlterSequence op) {
        if (java.util.Objects.equals(op.from().options(), op.to().options())) {
            return Optional.empty();
        }
        return manual("the options of sequence " + op.to().name() + " change from " + quoted(op.from().options()) + " to "
                + quoted(op.to().options()) + ", but no statement is derived from such SQL text: this migration alters"
                + " only its start and increment. Where existing databases need the new options, add"
                + " op.executeSql(\"alter sequence " + op.to().name() + " ...\") for your database");
    }

    @Override
    public Optional<Risk> visit(SetTableOptions op) {
        return manual("the options of table " + op.table() + " change from " + quoted(op.from()) + " to "
                + quoted(op.to()) + "; this migration records them but runs no SQL, because no statement is derived from"
                + " such SQL text (tables created from now on get them). Where existing databases need them, add"
                + " op.executeSql(\"alter table " + op.table() + " ...\") for your database");
    }

    @Override
    public Optional<Risk> visit(ExecuteSql op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(RunJava op) {
        return Optional.empty();
    }

    /** {@code varchar(255)}, {@code numeric(10,2)}, {@code enum(A,B)}: a logical type, briefly. */
    public static String describe(ColumnType type) {
        if (type.definition() != null) {
            return type.definition();
        }
        String name = type.kind().name().toLowerCase(Locale.ROOT);
        if (!type.values().isEmpty()) {
            return name + "(" + String.join(",", type.values()) + ")";
        }
        Integer first = type.length() != null ? type.length() : type.precision();
        if (first == null) {
            return name;
        }
        return name + "(" + first + (type.scale() == null ? "" : "," + type.scale()) + ")";
    }

    /** A numeric or date/time kind that holds less than the old one: bigint to integer, double to real, timestamp to date. */
    static boolean narrowsKind(TypeKind from, TypeKind to) {
        Integer before = RANK.get(from);
        Integer after = RANK.get(to);
        return before != null && after != null && TypeChanges.family(from) == TypeChanges.family(to) && after < before;
    }

    private static final Map<TypeKind, Integer> RANK = Map.ofEntries(
            Map.entry(TypeKind.TINYINT, 1), Map.entry(TypeKind.SMALLINT, 2), Map.entry(TypeKind.INTEGER, 3),
            Map.entry(TypeKind.BIGINT, 4), Map.entry(TypeKind.NUMERIC, 5), Map.entry(TypeKind.REAL, 1),
            Map.entry(TypeKind.FLOAT, 2), Map.entry(TypeKind.DOUBLE, 2),
            Map.entry(TypeKind.DATE, 1), Map.entry(TypeKind.TIME, 1), Map.entry(TypeKind.TIMESTAMP, 2),
            Map.entry(TypeKind.TIMESTAMP_WITH_TIME_ZONE, 3), Map.entry(TypeKind.CHAR, 1), Map.entry(TypeKind.VARCHAR, 1),
            Map.entry(TypeKind.TEXT, 2), Map.entry(TypeKind.CLOB, 3));

    private static String named(String name) {
        return name == null ? "" : name + " ";
    }

    /** The same kind with a smaller length, precision or scale. */
    static boolean narrows(ColumnType from, ColumnType to) {
        return from.kind() == to.kind()
                && (smaller(from.length(), to.length()) || smaller(from.precision(), to.precision())
                        || smaller(from.scale(), to.scale()));
    }

    private static boolean smaller(Integer before, Integer after) {
        return before != null && after != null && after < before;
    }

    private static Optional<Risk> destructive(String text) {
        return Optional.of(new Risk(Risk.Level.DESTRUCTIVE, text));
    }

    private static Optional<Risk> manual(String text) {
        return Optional.of(new Risk(Risk.Level.MANUAL, text));
    }

    private static String quoted(String options) {
        return options == null ? "none" : "\"" + options + "\"";
    }

    private static Optional<Risk> risky(String text) {
        return Optional.of(new Risk(Risk.Level.RISKY, text));
    }
}
