package dev.migrator.render;

import com.palantir.javapoet.CodeBlock;
import dev.migrator.model.ColumnType;
import dev.migrator.operation.AlterColumnType;

/**
 * The comments that call out destructive and risky statements in generated code, so that a
 * reviewer cannot miss them. Names come from annotations and may hold any character; line breaks
 * are flattened so that a name cannot end the comment.
 */
final class Warnings {
    private Warnings() {}

    static CodeBlock destructive(String what) {
        return CodeBlock.of("// DESTRUCTIVE: $L; the downgrade re-creates the definition, not the data.\n", flat(what));
    }

    /** A comment when the new type holds less than the old one (shorter, fewer digits), else nothing. */
    static CodeBlock narrowing(AlterColumnType op) {
        if (!narrows(op.from(), op.to())) {
            return CodeBlock.of("");
        }
        return CodeBlock.of("// DESTRUCTIVE: narrows $L; fails or truncates on values that no longer fit.\n",
                flat(op.table() + "." + op.column()));
    }

    static boolean narrows(ColumnType from, ColumnType to) {
        return from.kind() == to.kind()
                && (smaller(from.length(), to.length()) || smaller(from.precision(), to.precision())
                        || smaller(from.scale(), to.scale()));
    }

    private static boolean smaller(Integer before, Integer after) {
        return before != null && after != null && after < before;
    }

    private static String flat(String text) {
        return text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
    }
}
