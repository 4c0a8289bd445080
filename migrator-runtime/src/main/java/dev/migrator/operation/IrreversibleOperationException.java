package dev.migrator.operation;

/** Thrown when the reverse of an operation that declares none is asked for. */
public class IrreversibleOperationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IrreversibleOperationException(String message) {
        super(message);
    }
}
