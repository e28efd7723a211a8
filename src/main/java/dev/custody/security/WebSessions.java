package dev.custody.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server side of a signed-in browser (embedded login): a session row per sign-in, checked on every request, so
 * that signing out, a new password or new roles end it on every instance at once. Quarkus' encrypted session
 * cookie alone cannot be revoked; it is accepted only together with a live row of the same user.
 */
@ApplicationScoped
public class WebSessions {
    /** The cookie holding the session's random token; only its SHA-256 is stored. */
    public static final String COOKIE = "custody-sid";
    static final String SIGNED_OUT = "signed out";
    static final String PASSWORD_CHANGED = "password changed";
    static final String ROLES_CHANGED = "roles changed";
    static final String ENDED_BY_ADMIN = "ended by an administrator";
    /** last_seen_at is written at most this often per session, not on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** Rows idle for longer than this are deleted when someone signs in. */
    private static final Duration KEEP = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;
    /** The idle timeout of the session cookie; a row idle for longer no longer counts either. */
    @ConfigProperty(name = "quarkus.http.auth.form.timeout")
    Duration idleTimeout;

    /** Starts a session for a user who just signed in; answers the token for the browser's cookie. */
    @Transactional
    public String open(String username) {
        Instant now = clock.instant();
        WebSession.delete("lastSeenAt < ?1", now.minus(KEEP));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        WebSession session = new WebSession();
        session.id = id(token);
        session.username = username;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.persist();
        return token;
    }

    /** The live session this token belongs to when it is the user's (the name in the session cookie), else empty. */
    @Transactional
    public Optional<WebSession> check(String token, String username) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<WebSession> live = WebSession.<WebSession>findByIdOptional(id(token))
                .filter(s -> s.endedAt == null && s.username.equals(username))
                .filter(s -> !s.lastSeenAt.isBefore(now.minus(idleTimeout).minus(TOUCH_EVERY)));
        live.filter(s -> s.lastSeenAt.isBefore(now.minus(TOUCH_EVERY))).ifPresent(s -> s.lastSeenAt = now);
        return live;
    }

    /** Ends the session of this token (sign-out); false when there was none alive. */
    @Transactional
    public boolean end(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        return WebSession.update("endedAt = ?1, endReason = ?2 where id = ?3 and endedAt is null",
                clock.instant(), SIGNED_OUT, id(token)) > 0;
    }

    /** Ends every live session of a user (new password, new roles, an administrator's decision); answers how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endAll(String username, String reason) {
        return WebSession.update("endedAt = ?1, endReason = ?2 where username = ?3 and endedAt is null",
                clock.instant(), reason, username);
    }

    /** How many sessions of the user are alive now. */
    @Transactional
    public long live(String username) {
        return WebSession.count("username = ?1 and endedAt is null and lastSeenAt >= ?2", username,
                clock.instant().minus(idleTimeout).minus(TOUCH_EVERY));
    }

    static String id(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
