package dev.custody.gating;

import dev.custody.web.DomainException;

/** An override refused because the approver raised the request or made the decision in force. */
public class FourEyesException extends DomainException {
    public FourEyesException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
