package dev.migrator.operation;

import java.util.Objects;

/**
 * A step of Java code run with the migration's JDBC connection (data migrations, Django's
 * {@code RunPython}). It does not change the schema model; it cannot be rendered as offline SQL.
 * {@code reverse} is {@code null} when the step is irreversible. Two steps are equal when their
 * descriptions are: code has no value equality, so the description is what a checksum covers.
 */
public record RunJava(String description, JdbcStep step, JdbcStep reverseStep) implements Operation {
    private static final String REVERSE_PREFIX = "reverse of ";

    public RunJava {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(step, "step");
    }

    @Override
    public Operation reverse() {
        if (reverseStep == null) {
            throw new IrreversibleOperationException("the Java step \"" + description + "\" declares no reverse");
        }
        // Reversing twice must give the same step back (equality is by description).
        String reversed = description.startsWith(REVERSE_PREFIX)
                ? description.substring(REVERSE_PREFIX.length())
                : REVERSE_PREFIX + description;
        return new RunJava(reversed, reverseStep, step);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RunJava that && description.equals(that.description);
    }

    @Override
    public int hashCode() {
        return description.hashCode();
    }

    @Override
    public String toString() {
        return "RunJava[description=" + description + "]";
    }
}
