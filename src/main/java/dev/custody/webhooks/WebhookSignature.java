package dev.custody.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature header of a delivery: {@code Custody-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>}, the HMAC
 * keyed with the endpoint's secret (its UTF-8 bytes) over {@code <t>.<body>}. A receiver recomputes it, compares in
 * constant time and refuses a timestamp too far from its own clock, so a captured delivery cannot be replayed later.
 */
public final class WebhookSignature {
    public static final String HEADER = "Custody-Signature";

    private WebhookSignature() {
    }

    /** The header value for a body sent at this time (seconds since the epoch). */
    public static String header(String secret, long timestamp, byte[] body) {
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(hmac(secret, timestamp, body));
    }

    /**
     * Whether a header is a valid signature of the body with this secret, made within tolerance seconds of now
     * (either side).
     */
    public static boolean verify(String secret, String header, byte[] body, long now, long tolerance) {
        Long timestamp = null;
        byte[] given = null;
        for (String part : header == null ? new String[0] : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
                timestamp = Long.parseLong(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1") && pair[1].matches("[0-9a-f]{64}")) {
                given = HexFormat.of().parseHex(pair[1]);
            }
        }
        return timestamp != null && given != null && Math.abs(now - timestamp) <= tolerance
                && MessageDigest.isEqual(given, hmac(secret, timestamp, body));
    }

    private static byte[] hmac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
