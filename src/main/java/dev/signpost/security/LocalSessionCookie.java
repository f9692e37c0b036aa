package dev.signpost.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The value of the local sign-in's session cookie: user name and expiry, signed with HMAC-SHA256 so that it cannot be
 * forged or extended. Pure: the key and the clock come from outside.
 */
public final class LocalSessionCookie {

    public static final String NAME = "signpost-session";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;
    private final Clock clock;
    private final Duration length;

    public LocalSessionCookie(byte[] key, Clock clock, Duration length) {
        this.key = key.clone();
        this.clock = clock;
        this.length = length;
    }

    public Duration length() {
        return length;
    }

    public String issue(String username) {
        long expires = clock.instant().plus(length).getEpochSecond();
        String payload = ENCODER.encodeToString(username.getBytes(StandardCharsets.UTF_8)) + "." + expires;
        return payload + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The user name in a cookie that is well-formed, correctly signed and not expired. */
    public Optional<String> verify(String value) {
        if (value == null || value.length() > 512) {
            return Optional.empty();
        }
        int lastDot = value.lastIndexOf('.');
        int firstDot = value.indexOf('.');
        if (firstDot <= 0 || lastDot == firstDot) {
            return Optional.empty();
        }
        String payload = value.substring(0, lastDot);
        try {
            byte[] signature = DECODER.decode(value.substring(lastDot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            long expires = Long.parseLong(payload.substring(firstDot + 1));
            if (!clock.instant().isBefore(Instant.ofEpochSecond(expires))) {
                return Optional.empty();
            }
            return Optional.of(new String(DECODER.decode(payload.substring(0, firstDot)), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
