package dev.custody.network;

import dev.custody.web.InvalidInputException;

/** A name or key that another record already uses: a conflict, reported against the field. */
public class DuplicateNameException extends InvalidInputException {
    public DuplicateNameException(String field, String message) {
        super(field, message);
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
