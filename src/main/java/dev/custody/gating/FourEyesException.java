package dev.custody.gating;

import dev.custody.web.DomainException;

/**
 * An action refused for who is acting: an override by whoever raised the request or made the decision in force, or
 * another buyer acting on a request that is not theirs (RequestAccess).
 */
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
