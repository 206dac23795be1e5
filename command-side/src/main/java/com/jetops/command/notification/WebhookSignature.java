package com.jetops.command.notification;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The signature integrators check: {@code sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>}.
 * The timestamp inside the signed text lets a receiver refuse replays of an old delivery.
 */
public final class WebhookSignature {
    public static final String SIGNATURE_HEADER = "X-JetOps-Signature";
    public static final String TIMESTAMP_HEADER = "X-JetOps-Timestamp";
    public static final String EVENT_ID_HEADER = "X-JetOps-Event-Id";
    public static final String EVENT_TYPE_HEADER = "X-JetOps-Event-Type";

    private WebhookSignature() {
    }

    /** The header value for a body sent at {@code timestamp} (seconds since the epoch). */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** What a receiver does: recompute and compare in constant time. */
    public static boolean verify(String secret, long timestamp, String body, String signature) {
        return signature != null && MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
