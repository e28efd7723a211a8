package dev.custody.web;

/** An update that names no version: without one a concurrent edit could be silently overwritten. */
public class PreconditionRequiredException extends DomainException {
    public PreconditionRequiredException() {
        super("Send the version you edited, as an If-Match header (the ETag of the GET) or as the \"version\" field");
    }

    @Override
    public int status() {
        return 428;
    }

    @Override
    public String title() {
        return "Precondition Required";
    }
}
