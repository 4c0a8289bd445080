package dev.migrator.verify;

/** Verification could not run (entity classes missing, javax model, Hibernate refused the model); the message says why and what to do. */
public class VerifyException extends Exception {
    private static final long serialVersionUID = 1L;

    public VerifyException(String message) {
        super(message);
    }

    public VerifyException(String message, Throwable cause) {
        super(message, cause);
    }
}
