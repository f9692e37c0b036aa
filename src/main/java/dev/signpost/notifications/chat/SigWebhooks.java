package dev.signpost.notifications.chat;

import dev.signpost.notifications.ChatHooks;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The SIGs' webhooks as configured ({@link ChatConfig}), checked at start-up: a bad address or rate stops Signpost
 * with a message naming the SIG, instead of failing each message later. Tells the outbox which SIGs' messages to
 * queue: those with a webhook, or every SIG's when messages are kept.
 */
@ApplicationScoped
public class SigWebhooks implements ChatHooks {

    private static final Logger LOG = Logger.getLogger(SigWebhooks.class);
    static final String PREFIX = "signpost.notifications.chat.hooks.";

    @Inject
    ChatConfig config;

    void check(@Observes StartupEvent event) {
        List<String> problems = problems(config.hooks());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Chat webhooks are misconfigured (docs/operations.md, Chat channels): "
                    + String.join("; ", problems));
        }
        if (config.mode() == ChatMode.KEEP) {
            LOG.infof("Chat messages are kept, not sent (signpost.notifications.chat.mode=keep): see /admin/notifications/chat");
        } else {
            LOG.infof("Chat messages go to %d SIG webhook(s)", config.hooks().size());
        }
    }

    @Override
    public boolean wanted(String sigSlug) {
        return config.mode() == ChatMode.KEEP || config.hooks().containsKey(sigSlug);
    }

    /** Whether messages are sent or kept. */
    public ChatMode mode() {
        return config.mode();
    }

    /** The webhook of a SIG, if it has one. */
    public Optional<ChatConfig.Hook> hook(String sigSlug) {
        return Optional.ofNullable(config.hooks().get(sigSlug));
    }

    /** Every configured webhook by SIG slug, in slug order. */
    public Map<String, ChatConfig.Hook> all() {
        return new TreeMap<>(config.hooks());
    }

    /** What is wrong with the configured webhooks, one sentence each naming the SIG; empty when nothing is. */
    static List<String> problems(Map<String, ChatConfig.Hook> hooks) {
        List<String> problems = new ArrayList<>();
        new TreeMap<>(hooks).forEach((slug, hook) -> {
            String property = PREFIX + "\"" + slug + "\"";
            if (!slug.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
                problems.add(property + ": a SIG slug is 1 to 100 letters, digits, '.', '_' or '-'");
            }
            if (!isWebAddress(hook.url())) {
                problems.add(property + ".url is not an absolute http:// or https:// address with a host"
                        + " (the value is not repeated here: a webhook's address is a secret)");
            }
            double perSecond = hook.perSecond();
            if (!(perSecond > 0 && perSecond <= 1000)) {
                problems.add(property + ".per-second must be more than 0 and at most 1000, not " + perSecond);
            }
        });
        return problems;
    }

    static boolean isWebAddress(String url) {
        if (url == null || url.isBlank() || !url.equals(url.strip())) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A webhook's name in shared state (its pace): a hash of its address, which is a secret. */
    static String key(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Where a webhook is, for people: its host only (the path is the secret). */
    static String host(String url) {
        return isWebAddress(url) ? URI.create(url).getHost() : "(invalid address)";
    }
}
