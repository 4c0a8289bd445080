package dev.migrator.render;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.migrator.Dsl;
import dev.migrator.model.CheckConstraint;
import dev.migrator.model.Column;
import dev.migrator.model.ColumnType;
import dev.migrator.model.ForeignKey;
import dev.migrator.model.Index;
import dev.migrator.model.PrimaryKey;
import dev.migrator.model.Sequence;
import dev.migrator.model.Table;
import dev.migrator.model.UniqueConstraint;
import java.util.List;

/**
 * Java expressions, written with the {@link Dsl} factories, that rebuild model values exactly:
 * evaluating the expression for {@code x} gives a value equal to {@code x}, origins included. Code is built only
 * through JavaPoet placeholders; {@code Dsl} is statically imported by the generated file, so
 * {@code $T.table(...)} prints as {@code table(...)}.
 */
final class ModelCode {
    static final ClassName DSL = ClassName.get(Dsl.class);

    private ModelCode() {}

    /**
     * {@code table("user")} (with {@code .origin("com.x.User")} when it is known) followed by one
     * chained call per line for its parts.
     */
    static CodeBlock table(Table table) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.table($S)", DSL, table.name());
        if (table.origin() != null) {
            code.add(".origin($S)", table.origin());
        }
        table.columns().forEach(c -> code.add("\n.column($L)", column(c)));
        PrimaryKey pk = table.primaryKey();
        if (pk != null && pk.name() == null) {
            code.add("\n.primaryKey($L)", strings(pk.columns()));
        } else if (pk != null) {
            code.add("\n.withPrimaryKey($L)", primaryKey(pk));
        }
        table.uniqueConstraints().forEach(u -> code.add("\n.unique($L)", unique(u)));
        table.checks().forEach(c -> code.add("\n.check($L)", check(c)));
        table.indexes().forEach(i -> code.add("\n.index($L)", index(i)));
        table.foreignKeys().forEach(f -> code.add("\n.foreignKey($L)", foreignKey(f)));
        if (table.comment() != null) {
            code.add("\n.comment($S)", table.comment());
        }
        if (table.options() != null) {
            code.add("\n.options($S)", table.options());
        }
        return code.build();
    }

    static CodeBlock column(Column column) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$T.column($S, $L)", DSL, column.name(), type(column.type()));
        if (!column.nullable()) {
            code.add(".notNull()");
        }
        if (column.defaultValue() != null) {
            code.add(".defaultValue($S)", column.defaultValue());
        }
        if (column.identity()) {
            code.add(".generatedAsIdentity()");
        }
        if (column.check() != null) {
            code.add(".check($S)", column.check());
        }
        if (column.comment() != null) {
            code.add(".comment($S)", column.comment());
        }
        if (column.generatedAs() != null) {
            code.add(".generatedAs($S)", column.generatedAs());
        }
        if (column.options() != null) {
            code.add(".options($S)", column.options());
        }
        // As the model keeps it: short ("title") for an attribute of the table's entity.
        if (column.origin() != null) {
            code.add(".origin($S)", column.origin());
        }
        return code.build();
    }

    static CodeBlock type(ColumnType type) {
        return TypeCode.of(type);
    }

    static CodeBlock primaryKey(PrimaryKey pk) {
        return CodeBlock.of("$T.primaryKey($S, $L)", DSL, pk.name(), strings(pk.columns()));
    }

    static CodeBlock unique(UniqueConstraint unique) {
        return withOptions(CodeBlock.of("$T.unique($S, $L)", DSL, unique.name(), strings(unique.columns())),
                unique.options());
    }

    static CodeBlock index(Index index) {
        return withOptions(index.unique()
                ? CodeBlock.of("$T.uniqueIndex($S, $L)", DSL, index.name(), strings(index.columns()))
                : CodeBlock.of("$T.index($S, $L)", DSL, index.name(), strings(index.columns())), index.options());
    }

    static CodeBlock check(CheckConstraint check) {
        return CodeBlock.of("$T.check($S, $S)", DSL, check.name(), check.expression());
    }

    static CodeBlock sequence(Sequence sequence) {
        return withOptions(CodeBlock.of("$T.sequence($S, $LL, $LL)", DSL, sequence.name(), sequence.start(),
                sequence.increment()), sequence.options());
    }

    /** Single-column keys read as {@code foreignKey("FK", "user_id", "user", "id")}; composite ones use lists. */
    static CodeBlock foreignKey(ForeignKey fk) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (fk.columns().size() == 1) {
            code.add("$T.foreignKey($S, $S, $S, $S)", DSL, fk.name(), fk.columns().get(0), fk.referencedTable(),
                    fk.referencedColumns().get(0));
        } else {
            code.add("$T.foreignKey($S, $T.of($L), $S, $T.of($L))", DSL, fk.name(), List.class, strings(fk.columns()),
                    fk.referencedTable(), List.class, strings(fk.referencedColumns()));
        }
        if (fk.onDelete() != ForeignKey.OnDelete.NO_ACTION) {
            code.add(".onDelete($T.$N)", ForeignKey.OnDelete.class, fk.onDelete().name());
        }
        return withOptions(code.build(), fk.options());
    }

    /** {@code value.options("...")} when a JPA 3.2 {@code options} fragment is present, else {@code value} as it is. */
    private static CodeBlock withOptions(CodeBlock value, String options) {
        return options == null ? value : CodeBlock.of("$L.options($S)", value, options);
    }

    /** {@code "a", "b"}: string literals separated by commas. */
    static CodeBlock strings(List<String> values) {
        return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    }
}
