package dev.custody.security.apikeys;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A key presented as "Authorization: Bearer ..." on the API. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {
    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
