package dev.signpost.notifications.email;

import dev.signpost.notifications.Kind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The one-click unsubscribe links of emails: {@code /notifications/unsubscribe?user=…&kind=…&sig=…}, where {@code sig}
 * is an HMAC-SHA256 of {@code user|kind} under {@code signpost.notifications.email.unsubscribe-secret} (base64url). The
 * link itself is the credential: whoever holds it may turn that one kind off for that one person, and nothing else.
 * Without a configured key (dev, test, demo) a random one is made for this run.
 */
@ApplicationScoped
public class Unsubscribe {

    public static final String PATH = "/notifications/unsubscribe";
    private static final Logger LOG = Logger.getLogger(Unsubscribe.class);
    private static final String ALGORITHM = "HmacSHA256";
    /** Longer parameters than these are no link Signpost made. */
    private static final int MAX_USER = 100;
    private static final int MAX_SIGNATURE = 64;

    @Inject
    EmailConfig config;
    @Inject
    PortalAddress portal;

    private SecretKeySpec key;

    @PostConstruct
    void key() {
        Optional<String> secret = config.unsubscribeSecret().map(String::strip).filter(s -> !s.isEmpty());
        byte[] bytes;
        if (secret.isPresent()) {
            bytes = secret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            LOG.warn("signpost.notifications.email.unsubscribe-secret is not set: unsubscribe links in emails are signed with a key"
                    + " made for this run and stop working at a restart (production refuses to start without the setting)");
        }
        key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The absolute link that unsubscribes {@code username} from {@code kind}. */
    public String url(String username, Kind kind) {
        return portal.absolute(PATH + "?" + query(username, kind));
    }

    /** The link's query string, which its confirmation form posts back. */
    public String query(String username, Kind kind) {
        return "user=" + encode(username) + "&kind=" + kind.code() + "&sig=" + sign(username, kind.code());
    }

    /**
     * The kind a link names, if it is one a person receives and the signature is right for the user and kind; empty for
     * anything else (cut off, altered, or a kind Signpost no longer has).
     */
    public Optional<Kind> check(String username, String kind, String signature) {
        if (username == null || kind == null || signature == null || username.isEmpty() || username.length() > MAX_USER
                || signature.length() > MAX_SIGNATURE) {
            return Optional.empty();
        }
        Optional<Kind> known = Kind.of(kind).filter(k -> k.audience() == Kind.Audience.PERSON);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(mac(username, kind), given) ? known : Optional.empty();
    }

    private String sign(String username, String kind) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(username, kind));
    }

    private byte[] mac(String username, String kind) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal((username + "|" + kind).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
