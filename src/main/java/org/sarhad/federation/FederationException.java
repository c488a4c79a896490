package org.sarhad.federation;

/** A federated call was refused or failed; the message names the endpoint. */
public class FederationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FederationException(String message) {
        super(message);
    }
}
