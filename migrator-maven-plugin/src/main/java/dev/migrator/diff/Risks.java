package dev.migrator.diff;

import dev.migrator.model.ColumnType;
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
import dev.migrator.operation.CreateSequence;
import dev.migrator.operation.CreateTable;
import dev.migrator.operation.DropCheckConstraint;
import dev.migrator.operation.DropColumn;
import dev.migrator.operation.DropForeignKey;
import dev.migrator.operation.DropIndex;
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
import dev.migrator.operation.SetTableComment;
import java.util.Locale;
import java.util.Optional;

/**
 * The risk of an operation, if any: what {@code make} reports and what the generated code marks.
 * One place decides what counts as destructive, so the report and the code always agree.
 */
public final class Risks implements OperationVisitor<Optional<Risk>> {
    private static final Risks INSTANCE = new Risks();

    private Risks() {}

    public static Optional<Risk> of(Operation operation) {
        return operation.accept(INSTANCE);
    }

    @Override
    public Optional<Risk> visit(DropTable op) {
        return destructive("drops table " + op.table().name() + " and every row in it");
    }

    @Override
    public Optional<Risk> visit(DropColumn op) {
        return destructive("drops column " + op.table() + "." + op.column().name() + " and its values");
    }

    @Override
    public Optional<Risk> visit(AlterColumnType op) {
        if (narrows(op.from(), op.to())) {
            return destructive("narrows " + op.table() + "." + op.column() + " from " + describe(op.from()) + " to "
                    + describe(op.to()) + "; values that no longer fit make it fail");
        }
        if (op.from().kind() == op.to().kind()) {
            return Optional.empty(); // widening: every value still fits
        }
        return risky("changes the type of " + op.table() + "." + op.column() + " from " + describe(op.from())
                + " to " + describe(op.to()) + "; existing values must convert, and the table may be rewritten");
    }

    @Override
    public Optional<Risk> visit(AddColumn op) {
        if (!op.column().nullable() && op.column().defaultValue() == null && !op.column().identity()) {
            return risky("adds NOT NULL column " + op.table() + "." + op.column().name()
                    + " without a default; fails if the table has rows (give it a default, or fill it first)");
        }
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(AlterColumnNullability op) {
        return op.nullable() ? Optional.empty() : risky("makes " + op.table() + "." + op.column()
                + " NOT NULL; fails if a row holds NULL there (update those rows first)");
    }

    @Override
    public Optional<Risk> visit(CreateTable op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(RenameTable op) {
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
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(DropPrimaryKey op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(AddForeignKey op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(DropForeignKey op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(AddUniqueConstraint op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(DropUniqueConstraint op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(CreateIndex op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(DropIndex op) {
        return Optional.empty();
    }

    @Override
    public Optional<Risk> visit(AddCheckConstraint op) {
        return Optional.empty();
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

    @Override
    public Optional<Risk> visit(AlterSequence op) {
        return Optional.empty();
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

    private static Optional<Risk> risky(String text) {
        return Optional.of(new Risk(Risk.Level.RISKY, text));
    }
}
