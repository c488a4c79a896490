package org.sarhad.store;

/** The store cannot be opened or reached (exit code 3 on the command line). */
public class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
