package dev.custody.security.apikeys;

/** Whether a key is accepted: active until it is revoked or its expiry passes. */
public enum ApiKeyStatus {
    ACTIVE, EXPIRED, REVOKED
}
