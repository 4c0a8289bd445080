package dev.migrator.processor;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The values a user's {@code AttributeConverter<Boolean, X>} stores, found the way Hibernate's
 * {@code BooleanJavaType.getCheckCondition} finds them at run time — by calling
 * {@code convertToDatabaseColumn(false)}, {@code (true)} and {@code (null)} — but by evaluating the
 * method's source (it must be in the same compilation) for the simple forms such converters are
 * written in: {@code return}, {@code if/else}, {@code ?:}, {@code ==}/{@code !=} null, {@code !},
 * {@code &&}/{@code ||}, literals, {@code Boolean.TRUE/FALSE}, {@code Boolean.TRUE.equals(v)},
 * {@code v.equals(...)}, {@code v.booleanValue()}. Anything else is "unknown" (empty), and the
 * caller warns (MIG101) instead of guessing; so is a method that fails on null (Hibernate's boot
 * fails on it: "Error attempting to apply AttributeConverter").
 */
final class ConverterValues {
    private final Trees trees;

    private ConverterValues(Trees trees) {
        this.trees = trees;
    }

    /** For javac; with another compiler every converter is unknown. */
    static ConverterValues of(ProcessingEnvironment env) {
        try {
            return new ConverterValues(Trees.instance(env));
        } catch (IllegalArgumentException notJavac) {
            return new ConverterValues(null);
        }
    }

    /**
     * The stored values for false, true and (when not null) null, in that order — Hibernate's
     * order in the check — or empty when they cannot be computed or false/true map to null.
     */
    Optional<List<Object>> values(TypeMirror converter) {
        if (trees == null || !(converter instanceof DeclaredType declared)) {
            return Optional.empty();
        }
        Optional<MethodTree> method = convertToDatabaseColumn((TypeElement) declared.asElement());
        if (method.isEmpty() || method.get().getParameters().size() != 1 || method.get().getBody() == null) {
            return Optional.empty();
        }
        String parameter = method.get().getParameters().get(0).getName().toString();
        try {
            List<Object> values = new ArrayList<>();
            for (Boolean input : new Boolean[] {false, true}) {
                Object value = new Evaluation(parameter, input).block(method.get().getBody());
                if (value == null) {
                    return Optional.empty();
                }
                values.add(value);
            }
            // A converter that fails on null (unboxing it) fails Hibernate's boot: Hibernate wraps
            // the NullPointerException in a PersistenceException. That is "unknown" here too.
            Object forNull = new Evaluation(parameter, null).block(method.get().getBody());
            if (forNull != null) {
                values.add(forNull);
            }
            return Optional.of(values);
        } catch (Unknown | NullPointerException unknown) {
            return Optional.empty();
        }
    }

    private Optional<MethodTree> convertToDatabaseColumn(TypeElement converter) {
        for (Element member : converter.getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD && member.getSimpleName().contentEquals("convertToDatabaseColumn")
                    && !member.getModifiers().contains(Modifier.ABSTRACT)
                    && ((ExecutableElement) member).getParameters().size() == 1
                    && ((ExecutableElement) member).getParameters().get(0).asType().toString().equals("java.lang.Boolean")) {
                return Optional.ofNullable(trees.getTree((ExecutableElement) member));
            }
        }
        return Optional.empty();
    }

    /** Source the evaluator does not understand. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    /** One call of the method with {@code input} bound to the parameter. */
    private record Evaluation(String parameter, Boolean input) {
        private static final Object NO_RETURN = new Object();

        Object block(BlockTree block) {
            Object result = statements(block.getStatements());
            if (result == NO_RETURN) {
                throw new Unknown();
            }
            return result;
        }

        private Object statements(List<? extends StatementTree> statements) {
            for (StatementTree statement : statements) {
                Object result = statement(statement);
                if (result != NO_RETURN) {
                    return result;
                }
            }
            return NO_RETURN;
        }

        private Object statement(StatementTree statement) {
            if (statement instanceof ReturnTree ret) {
                return expression(ret.getExpression());
            }
            if (statement instanceof BlockTree block) {
                return statements(block.getStatements());
            }
            if (statement instanceof IfTree branch) {
                if (condition(branch.getCondition())) {
                    return statement(branch.getThenStatement());
                }
                return branch.getElseStatement() == null ? NO_RETURN : statement(branch.getElseStatement());
            }
            throw new Unknown();
        }

        private boolean condition(ExpressionTree tree) {
            Object value = expression(tree);
            if (value instanceof Boolean b) {
                return b; // a null Boolean here is unboxed: NullPointerException below
            }
            if (value == null) {
                throw new NullPointerException();
            }
            throw new Unknown();
        }

        private Object expression(ExpressionTree tree) {
            if (tree instanceof ParenthesizedTree parenthesized) {
                return expression(parenthesized.getExpression());
            }
            if (tree instanceof LiteralTree literal) {
                return literal.getValue();
            }
            if (tree instanceof IdentifierTree identifier && identifier.getName().contentEquals(parameter)) {
                return input;
            }
            if (tree instanceof MemberSelectTree select && select.getExpression().toString().matches("(java\\.lang\\.)?Boolean")) {
                switch (select.getIdentifier().toString()) {
                    case "TRUE": return Boolean.TRUE;
                    case "FALSE": return Boolean.FALSE;
                    default: throw new Unknown();
                }
            }
            if (tree instanceof ConditionalExpressionTree conditional) {
                return condition(conditional.getCondition()) ? expression(conditional.getTrueExpression())
                        : expression(conditional.getFalseExpression());
            }
            if (tree instanceof UnaryTree unary && unary.getKind() == com.sun.source.tree.Tree.Kind.LOGICAL_COMPLEMENT) {
                return !condition(unary.getExpression());
            }
            if (tree instanceof BinaryTree binary) {
                return binary(binary);
            }
            if (tree instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select) {
                String method = select.getIdentifier().toString();
                if (method.equals("equals") && call.getArguments().size() == 1) {
                    Object target = expression(select.getExpression());
                    if (target == null) {
                        throw new NullPointerException();
                    }
                    return target.equals(expression(call.getArguments().get(0)));
                }
                if (method.equals("booleanValue") && call.getArguments().isEmpty()) {
                    return condition(select.getExpression());
                }
            }
            throw new Unknown();
        }

        private Object binary(BinaryTree binary) {
            switch (binary.getKind()) {
                case CONDITIONAL_AND:
                    return condition(binary.getLeftOperand()) && condition(binary.getRightOperand());
                case CONDITIONAL_OR:
                    return condition(binary.getLeftOperand()) || condition(binary.getRightOperand());
                case EQUAL_TO:
                case NOT_EQUAL_TO: {
                    Object left = expression(binary.getLeftOperand());
                    Object right = expression(binary.getRightOperand());
                    boolean nullCheck = binary.getLeftOperand() instanceof LiteralTree l && l.getValue() == null
                            || binary.getRightOperand() instanceof LiteralTree r && r.getValue() == null;
                    if (!nullCheck) {
                        throw new Unknown(); // == between boxed values: identity, not worth guessing
                    }
                    boolean equal = left == right;
                    return binary.getKind() == com.sun.source.tree.Tree.Kind.EQUAL_TO ? equal : !equal;
                }
                default:
                    throw new Unknown();
            }
        }
    }
}
