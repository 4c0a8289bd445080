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
 * The values a user's {@code AttributeConverter<Boolean, X>} or {@code AttributeConverter<SomeEnum, X>}
 * stores, found the way Hibernate's {@code BooleanJavaType.getCheckCondition} and
 * {@code EnumJavaType.getCheckCondition} find them at run time — by calling
 * {@code convertToDatabaseColumn(false)}, {@code (true)} and {@code (null)}, or with every enum
 * constant — but by evaluating the method's source (it must be in the same compilation) for the
 * simple forms such converters are written in: {@code return}, {@code if/else}, {@code ?:},
 * {@code switch} (statements and expressions over the constants), {@code ==}/{@code !=} null or
 * between enum constants, {@code !}, {@code &&}/{@code ||}, literals, {@code Boolean.TRUE/FALSE},
 * {@code Boolean.TRUE.equals(v)}, {@code v.equals(...)}, {@code v.booleanValue()}, and on an enum
 * constant {@code name()}, {@code ordinal()}, a field or a getter returning a field that the
 * constructor assigns from a literal argument ({@code A("a")}). Anything else is "unknown"
 * (empty), and the caller warns (MIG101, MIG102) instead of guessing; so is a method that fails on
 * null (Hibernate's boot fails on it: "Error attempting to apply AttributeConverter").
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
        Optional<MethodTree> method = convertToDatabaseColumn((TypeElement) declared.asElement(), "java.lang.Boolean");
        if (method.isEmpty() || method.get().getParameters().size() != 1 || method.get().getBody() == null) {
            return Optional.empty();
        }
        String parameter = method.get().getParameters().get(0).getName().toString();
        try {
            List<Object> values = new ArrayList<>();
            for (Boolean input : new Boolean[] {false, true}) {
                Object value = new Evaluation(parameter, input, null).block(method.get().getBody());
                if (value == null) {
                    return Optional.empty();
                }
                values.add(value);
            }
            // A converter that fails on null (unboxing it) fails Hibernate's boot: Hibernate wraps
            // the NullPointerException in a PersistenceException. That is "unknown" here too.
            Object forNull = new Evaluation(parameter, null, null).block(method.get().getBody());
            if (forNull != null) {
                values.add(forNull);
            }
            return Optional.of(values);
        } catch (Unknown | NullPointerException unknown) {
            return Optional.empty();
        }
    }

    /**
     * The values the converter stores for the constants of {@code enumType}, in declaration order
     * (Hibernate lists them as a set: duplicates once), or empty when they cannot be computed or one
     * is null.
     */
    Optional<List<Object>> enumValues(TypeMirror converter, TypeElement enumType) {
        if (trees == null || !(converter instanceof DeclaredType declared)) {
            return Optional.empty();
        }
        Optional<MethodTree> method = convertToDatabaseColumn((TypeElement) declared.asElement(),
                enumType.getQualifiedName().toString());
        if (method.isEmpty() || method.get().getParameters().size() != 1 || method.get().getBody() == null) {
            return Optional.empty();
        }
        String parameter = method.get().getParameters().get(0).getName().toString();
        try {
            EnumModel model = EnumModel.of(enumType, trees);
            java.util.LinkedHashSet<Object> values = new java.util.LinkedHashSet<>();
            for (EnumConstant constant : model.constants()) {
                Object value = new Evaluation(parameter, constant, model).block(method.get().getBody());
                if (value == null) {
                    return Optional.empty();
                }
                values.add(value);
            }
            return Optional.of(List.copyOf(values));
        } catch (Unknown | NullPointerException unknown) {
            return Optional.empty();
        }
    }

    private Optional<MethodTree> convertToDatabaseColumn(TypeElement converter, String parameterType) {
        for (Element member : converter.getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD && member.getSimpleName().contentEquals("convertToDatabaseColumn")
                    && !member.getModifiers().contains(Modifier.ABSTRACT)
                    && ((ExecutableElement) member).getParameters().size() == 1
                    && ((ExecutableElement) member).getParameters().get(0).asType().toString().equals(parameterType)) {
                return Optional.ofNullable(trees.getTree((ExecutableElement) member));
            }
        }
        return Optional.empty();
    }

    /** One constant of an enum: its name, ordinal and the fields its constructor call sets from literals. */
    private record EnumConstant(String name, int ordinal, java.util.Map<String, Object> fields) {}

    /**
     * What the evaluator knows of an enum from its source: its constants (with the literal arguments
     * of their constructor calls stored into fields as the constructor assigns them) and its getters
     * that return a field.
     */
    private record EnumModel(TypeElement type, List<EnumConstant> constants, java.util.Map<String, String> getters) {

        static EnumModel of(TypeElement type, Trees trees) {
            java.util.Map<Integer, java.util.Map<Integer, String>> assignmentsByArity = new java.util.HashMap<>();
            java.util.Map<String, String> getters = new java.util.HashMap<>();
            for (Element member : type.getEnclosedElements()) {
                if (member.getKind() == ElementKind.CONSTRUCTOR) {
                    MethodTree constructor = trees.getTree((ExecutableElement) member);
                    if (constructor != null && constructor.getBody() != null) {
                        assignmentsByArity.put(constructor.getParameters().size(), assignments(constructor));
                    }
                } else if (member.getKind() == ElementKind.METHOD && ((ExecutableElement) member).getParameters().isEmpty()) {
                    MethodTree method = trees.getTree((ExecutableElement) member);
                    String field = method == null || method.getBody() == null ? null : returnedField(method.getBody());
                    if (field != null) {
                        getters.put(member.getSimpleName().toString(), field);
                    }
                }
            }
            List<EnumConstant> constants = new ArrayList<>();
            for (Element member : type.getEnclosedElements()) {
                if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                    constants.add(constant(member, constants.size(), trees, assignmentsByArity));
                }
            }
            return new EnumModel(type, constants, getters);
        }

        /** {@code this.field = parameter} / {@code field = parameter} statements: parameter index to field. */
        private static java.util.Map<Integer, String> assignments(MethodTree constructor) {
            List<String> parameters = constructor.getParameters().stream().map(p -> p.getName().toString()).toList();
            java.util.Map<Integer, String> out = new java.util.HashMap<>();
            for (StatementTree statement : constructor.getBody().getStatements()) {
                if (statement instanceof com.sun.source.tree.ExpressionStatementTree expression
                        && expression.getExpression() instanceof com.sun.source.tree.AssignmentTree assignment
                        && assignment.getExpression() instanceof IdentifierTree value
                        && parameters.contains(value.getName().toString())) {
                    String target = assignment.getVariable().toString().replaceFirst("^this\\.", "");
                    out.put(parameters.indexOf(value.getName().toString()), target);
                }
            }
            return out;
        }

        /** The field a getter body {@code return field;} / {@code return this.field;} returns, or {@code null}. */
        private static String returnedField(BlockTree body) {
            if (body.getStatements().size() == 1 && body.getStatements().get(0) instanceof ReturnTree ret
                    && ret.getExpression() != null) {
                String returned = ret.getExpression().toString();
                String field = returned.replaceFirst("^this\\.", "");
                return field.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? field : null;
            }
            return null;
        }

        private static EnumConstant constant(Element member, int ordinal, Trees trees,
                java.util.Map<Integer, java.util.Map<Integer, String>> assignmentsByArity) {
            java.util.Map<String, Object> fields = new java.util.HashMap<>();
            com.sun.source.tree.Tree tree = trees.getTree(member);
            if (tree instanceof com.sun.source.tree.VariableTree variable
                    && variable.getInitializer() instanceof com.sun.source.tree.NewClassTree call) {
                java.util.Map<Integer, String> assignments = assignmentsByArity.getOrDefault(call.getArguments().size(),
                        java.util.Map.of());
                for (int i = 0; i < call.getArguments().size(); i++) {
                    if (assignments.containsKey(i) && call.getArguments().get(i) instanceof LiteralTree literal) {
                        fields.put(assignments.get(i), literal.getValue());
                    }
                }
            }
            return new EnumConstant(member.getSimpleName().toString(), ordinal, fields);
        }

        /** The constant a name refers to ({@code S}, {@code Size.S}, {@code com.x.Size.S}), or {@code null}. */
        EnumConstant constant(ExpressionTree tree) {
            String name = tree instanceof IdentifierTree identifier ? identifier.getName().toString()
                    : tree instanceof MemberSelectTree select
                            && (select.getExpression().toString().equals(type.getSimpleName().toString())
                                    || select.getExpression().toString().equals(type.getQualifiedName().toString()))
                            ? select.getIdentifier().toString() : null;
            return constants.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }
    }

    /** Source the evaluator does not understand. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    /** One call of the method with {@code input} (a Boolean, or a constant of {@code model}'s enum) bound to the parameter. */
    private record Evaluation(String parameter, Object input, EnumModel model) {
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
            if (statement instanceof com.sun.source.tree.SwitchTree branch) {
                return switchStatement(branch);
            }
            throw new Unknown();
        }

        /** {@code switch (p) { case A: return ...; }}: the statements from the matching case on (fall-through). */
        private Object switchStatement(com.sun.source.tree.SwitchTree branch) {
            List<? extends com.sun.source.tree.CaseTree> cases = branch.getCases();
            int matched = matchingCase(branch.getExpression(), cases);
            if (matched < 0) {
                return NO_RETURN;
            }
            for (com.sun.source.tree.CaseTree current : cases.subList(matched, cases.size())) {
                if (current.getCaseKind() == com.sun.source.tree.CaseTree.CaseKind.RULE) {
                    return caseBody(current);
                }
                Object result = statements(current.getStatements());
                if (result != NO_RETURN) {
                    return result;
                }
            }
            return NO_RETURN;
        }

        /** The index of the case whose labels name the input constant, else of {@code default}, else -1. */
        private int matchingCase(ExpressionTree selector, List<? extends com.sun.source.tree.CaseTree> cases) {
            if (!(expression(selector) instanceof EnumConstant constant)) {
                throw new Unknown(); // switching on anything else, or on null (a NullPointerException in Java too)
            }
            int fallback = -1;
            for (int i = 0; i < cases.size(); i++) {
                List<? extends ExpressionTree> labels = cases.get(i).getExpressions();
                if (labels.isEmpty()) {
                    fallback = i;
                }
                for (ExpressionTree label : labels) {
                    if (constant.equals(model.constant(label))) {
                        return i;
                    }
                }
            }
            return fallback;
        }

        /** The value of an arrow case: an expression, or a block that yields or returns. */
        private Object caseBody(com.sun.source.tree.CaseTree rule) {
            com.sun.source.tree.Tree body = rule.getBody();
            if (body instanceof ExpressionTree value) {
                return expression(value);
            }
            if (body instanceof BlockTree block) {
                for (StatementTree statement : block.getStatements()) {
                    if (statement instanceof com.sun.source.tree.YieldTree yield) {
                        return expression(yield.getValue());
                    }
                    Object result = statement(statement);
                    if (result != NO_RETURN) {
                        return result;
                    }
                }
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
            if (tree instanceof com.sun.source.tree.SwitchExpressionTree branch) {
                List<? extends com.sun.source.tree.CaseTree> cases = branch.getCases();
                int matched = matchingCase(branch.getExpression(), cases);
                if (matched < 0) {
                    throw new Unknown();
                }
                return caseBody(cases.get(matched));
            }
            if (model != null && model.constant(tree) != null) {
                return model.constant(tree);
            }
            if (tree instanceof MemberSelectTree field && model != null && field.getExpression() instanceof IdentifierTree owner
                    && owner.getName().contentEquals(parameter) && input instanceof EnumConstant constant) {
                return known(constant, field.getIdentifier().toString());
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
                if (model != null && call.getArguments().isEmpty()
                        && expression(select.getExpression()) instanceof EnumConstant constant) {
                    return enumCall(constant, method);
                }
            }
            throw new Unknown();
        }

        /** {@code name()}, {@code ordinal()} or a getter of a field set by the constant's constructor call. */
        private Object enumCall(EnumConstant constant, String method) {
            switch (method) {
                case "name":
                    return constant.name();
                case "ordinal":
                    return constant.ordinal();
                default:
                    String field = model.getters().get(method);
                    if (field == null) {
                        throw new Unknown();
                    }
                    return known(constant, field);
            }
        }

        private static Object known(EnumConstant constant, String field) {
            if (!constant.fields().containsKey(field)) {
                throw new Unknown();
            }
            return constant.fields().get(field);
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
                    if (left instanceof EnumConstant || right instanceof EnumConstant) {
                        // Enum constants are singletons: == is equality.
                        boolean same = java.util.Objects.equals(left, right);
                        return binary.getKind() == com.sun.source.tree.Tree.Kind.EQUAL_TO ? same : !same;
                    }
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
