package dev.custody.web;

import dev.custody.security.SessionCheckingProvider;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The CSRF token of the pages: an HMAC, under a server key, of the signed-in user and their session, so a token
 * cannot be made up or carried from one session to another. The session is the embedded sign-in's server-side
 * session, Keycloak's session id ("sid" of the ID token), or else (HTTP Basic on a page, no one signed in) the random
 * value of the custody-csrf cookie. A cookie and form field an attacker chose, or copied from their own session,
 * never match the victim's session.
 */
@ApplicationScoped
public class CsrfTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    public CsrfTokens(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        // Derived from the session key every instance shares, so that any instance accepts a token another issued.
        byte[] secret = sessionKey.filter(k -> !k.isBlank()).map(k -> k.getBytes(StandardCharsets.UTF_8))
                .orElseGet(CsrfTokens::randomBytes);
        key = new SecretKeySpec(hmac(new SecretKeySpec(secret, "HmacSHA256"), "custody-csrf-v2"), "HmacSHA256");
    }

    /** The token for this identity and custody-csrf cookie value; empty when there is nothing to bind it to. */
    public String token(SecurityIdentity identity, String cookie) {
        String binding = binding(identity, cookie);
        return binding == null ? "" : Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, binding));
    }

    /** True when the token sent with a form is the one of this identity's session. */
    public boolean matches(SecurityIdentity identity, String cookie, String sent) {
        String expected = token(identity, cookie);
        return sent != null && !expected.isEmpty()
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /** A new random value for the custody-csrf cookie. */
    public static String newCookieValue() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    }

    static String binding(SecurityIdentity identity, String cookie) {
        boolean anonymous = identity == null || identity.isAnonymous();
        String user = anonymous ? "" : identity.getPrincipal().getName();
        Object session = anonymous ? null : identity.getAttribute(SessionCheckingProvider.SESSION_ID);
        if (session != null) {
            return user + "\nsession\n" + session;
        }
        if (!anonymous && identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("sid") != null) {
            return user + "\noidc\n" + token.getClaim("sid");
        }
        return cookie == null || cookie.isBlank() ? null : user + "\ncookie\n" + cookie;
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
