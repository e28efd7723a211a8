package dev.custody.web;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule, naming each bad field; nothing of the request has been saved. */
public class InvalidInputException extends DomainException {
    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** A refusal whose message is already fit to show as it is, naming the field in errors only. */
    protected InvalidInputException(String message, FieldError error) {
        super(message);
        this.errors = List.of(error);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
