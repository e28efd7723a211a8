package dev.custody.web;

/** The request conflicts with the stored state: a dependent record, a cycle, a duplicate, a stale version. */
public class ConflictException extends DomainException {
    public ConflictException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
