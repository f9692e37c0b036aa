package dev.signpost.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A request id on every request: the caller's {@code X-Request-Id} when it is short and made of safe characters (a proxy
 * or another service that started the request), else a new one. It is in the logging context ({@code requestId}) for
 * every line the request logs, on the event loop and on worker threads alike (Quarkus keeps the context on the
 * request's Vert.x context), and it goes back in the response's {@code X-Request-Id} header.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    static final int MAX_LENGTH = 128;

    void install(@Observes Router router) {
        // ahead of everything else, the security headers (-1000) and sign-in included, so their lines carry it too
        router.route().order(-2000).handler(this::tag);
    }

    private void tag(RoutingContext rc) {
        String id = acceptable(rc.request().getHeader(HEADER)) ? rc.request().getHeader(HEADER) : generate();
        MDC.put(MDC_KEY, id);
        rc.response().putHeader(HEADER, id);
        rc.addEndHandler(v -> MDC.remove(MDC_KEY));
        rc.next();
    }

    /** A caller's id is kept when it could not forge a log line or a header: 1 to 128 of {@code A-Z a-z 0-9 . _ : @ + = / -}. */
    static boolean acceptable(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ".-_:@+=/".indexOf(c) >= 0;
            if (!safe) {
                return false;
            }
        }
        return true;
    }

    /** 128 random bits as 32 hex digits; unique enough to find one request's lines, and cheap. */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return hex(random.nextLong()) + hex(random.nextLong());
    }

    private static String hex(long bits) {
        String digits = Long.toHexString(bits);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
