package dev.custody.security.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of an API key and what is stored of it. A key is {@code custody_<12 hex>_<43 base64url>}: the first
 * 20 characters are its prefix, random and stored in clear to find the key and to show which one it is; the last
 * 43 carry 256 random bits. Only the SHA-256 of the whole key is stored: a key is random, not a password a person
 * chose, so a fast hash cannot be reversed by guessing and a slow one (bcrypt) would only cost every request time.
 */
public record ApiKeySecret(String key, String prefix, String hash) {
    static final String SCHEME = "custody_";
    static final int PREFIX_LENGTH = SCHEME.length() + 12;
    private static final Pattern FORMAT = Pattern.compile("custody_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");

    /** A new key from 48 random bits of prefix and 256 random bits of secret. */
    public static ApiKeySecret generate(SecureRandom random) {
        byte[] id = new byte[6];
        byte[] secret = new byte[32];
        random.nextBytes(id);
        random.nextBytes(secret);
        String key = SCHEME + HexFormat.of().formatHex(id) + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new ApiKeySecret(key, key.substring(0, PREFIX_LENGTH), hash(key));
    }

    /** The prefix of a presented key, or empty when the text is not shaped like a Custody API key. */
    public static Optional<String> prefixOf(String presented) {
        return presented != null && FORMAT.matcher(presented).matches()
                ? Optional.of(presented.substring(0, PREFIX_LENGTH)) : Optional.empty();
    }

    /** SHA-256 of the key's UTF-8 bytes, as 64 lower-case hex digits. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    /** Whether a presented key hashes to the stored hash, compared in constant time. */
    public static boolean matches(String presented, String storedHash) {
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        // Never the key itself: records print their components, and a key must not reach a log.
        return "ApiKeySecret[prefix=" + prefix + "]";
    }
}
