package dev.signpost.git;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Whether a webhook really comes from the git server that knows the source's secret: GitHub signs the body with
 * HMAC-SHA256 ({@code X-Hub-Signature-256: sha256=<hex>}), Gitea and Forgejo too ({@code X-Gitea-Signature: <hex>}),
 * GitLab sends the secret itself ({@code X-Gitlab-Token}). Every comparison takes the same time whatever matches.
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    /** True when {@code header} is the HMAC-SHA256 of {@code body} under {@code secret}, in hex, with or without "sha256=". */
    public static boolean hmacMatches(String header, byte[] body, String secret) {
        if (header == null) {
            return false;
        }
        String hex = header.strip().toLowerCase(Locale.ROOT);
        if (hex.startsWith("sha256=")) {
            hex = hex.substring("sha256=".length());
        }
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII), hmac(body, secret).getBytes(StandardCharsets.US_ASCII));
    }

    /** True when the token GitLab sent is the secret. */
    public static boolean tokenMatches(String token, String secret) {
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The hex HMAC-SHA256 of the body (what a git server would send). */
    public static String hmac(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
