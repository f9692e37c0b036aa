package dev.signpost.notifications.email;

import dev.signpost.database.DatabaseUnavailableException;
import dev.signpost.notifications.Kind;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * {@code /notifications/unsubscribe}: GET shows what the link would turn off and a button (it changes nothing, since
 * mail scanners fetch links); POST turns it off, from that button or from a mail program's one-click request (RFC
 * 8058: {@code List-Unsubscribe=One-Click}, no cookies). The signed link is the credential, so neither a session nor a
 * CSRF token is asked for. That is also why these are Vert.x routes ahead of Quarkus REST: quarkus-rest-csrf refuses
 * every form posted to a REST resource without its cookie, and has no exemption for one path. The pages stand alone
 * (no portal header): the reader usually comes from a mail program, signed in or not.
 */
@ApplicationScoped
public class UnsubscribeRoute {

    private static final Logger LOG = Logger.getLogger(UnsubscribeRoute.class);
    /** The one-click body is {@code List-Unsubscribe=One-Click}; nothing bigger is a request Signpost needs to read. */
    private static final long BODY_LIMIT = 1024;

    /** What a page shows: {@code state} is confirm, done, invalid or unavailable. */
    public record Page(String state, String username, Kind kind, List<Kind> kinds, String action) {
        public boolean digest() {
            return kind == Kind.DIGEST;
        }
    }

    @CheckedTemplate(basePath = "notifications/email")
    static class Templates {
        static native TemplateInstance unsubscribe(Page page);
    }

    @Inject
    Unsubscribe links;
    @Inject
    Unsubscriptions unsubscriptions;

    void install(@Observes Router router) {
        router.get(Unsubscribe.PATH).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::confirm);
        router.post(Unsubscribe.PATH).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT)).blockingHandler(this::unsubscribe, false);
    }

    private void confirm(RoutingContext rc) {
        Optional<Link> link = link(rc);
        if (link.isEmpty()) {
            respond(rc, 400, new Page("invalid", null, null, List.of(), null));
            return;
        }
        respond(rc, 200, new Page("confirm", link.get().username(), link.get().kind(), List.of(),
                Unsubscribe.PATH + "?" + links.query(link.get().username(), link.get().kind())));
    }

    private void unsubscribe(RoutingContext rc) {
        Optional<Link> link = link(rc);
        if (link.isEmpty()) {
            respond(rc, 400, new Page("invalid", null, null, List.of(), null));
            return;
        }
        String username = link.get().username();
        Kind kind = link.get().kind();
        try {
            List<Kind> off = unsubscriptions.unsubscribe(username, kind);
            respond(rc, 200, new Page("done", username, kind, off, null));
        } catch (RuntimeException e) {
            if (e instanceof DatabaseUnavailableException || e instanceof PersistenceException) {
                LOG.warnf("Unsubscribe of %s from %s failed: %s", username, kind.code(), e.getMessage());
            } else {
                LOG.errorf(e, "Unsubscribe of %s from %s failed", username, kind.code());
            }
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, "60");
            respond(rc, 503, new Page("unavailable", username, kind, List.of(), null));
        }
    }

    private record Link(String username, Kind kind) {
    }

    /** The link's user and kind, when each parameter is there once and the signature is right. */
    private Optional<Link> link(RoutingContext rc) {
        List<String> user = rc.queryParam("user");
        List<String> kind = rc.queryParam("kind");
        List<String> sig = rc.queryParam("sig");
        if (user.size() != 1 || kind.size() != 1 || sig.size() != 1) {
            return Optional.empty();
        }
        return links.check(user.get(0), kind.get(0), sig.get(0)).map(k -> new Link(user.get(0), k));
    }

    private static void respond(RoutingContext rc, int status, Page page) {
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("X-Robots-Tag", "noindex")
                .end(Templates.unsubscribe(page).render());
    }
}
