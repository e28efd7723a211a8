package dev.custody.security.apikeys;

import java.util.Set;

/** The outcome of checking a presented key: the login and roles it acts with, or why it was refused. */
public sealed interface ApiKeyCheck {
    record Accepted(String owner, Set<String> roles, long keyId) implements ApiKeyCheck {
    }

    /** The reason is prose for the 401 answer; it names the key only when the caller proved to hold it. */
    record Refused(String reason) implements ApiKeyCheck {
    }
}
