package dev.custody.web;

/** A refusal the user can act on; carries its HTTP status and a message fit to show. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }

    public abstract int status();

    public abstract String title();
}
