package dev.custody.web;

/** A record named in the path does not exist. */
public class NotFoundException extends DomainException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not Found";
    }
}
