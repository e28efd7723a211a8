package dev.custody.security.apikeys;

import dev.custody.web.DomainException;

/** A request signed in with an API key tried to create another key, which could outlive or outrank it. */
public class KeyMintsKeyException extends DomainException {
    public KeyMintsKeyException() {
        super("An API key cannot create API keys; create them signed in with your password "
                + "(the API keys page under your name, or HTTP Basic)");
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
