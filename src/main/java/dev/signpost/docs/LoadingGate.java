package dev.signpost.docs;

import dev.signpost.content.ContentStore;
import dev.signpost.content.LoadStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Until the first content snapshot is ready, every page answers 503 with {@code Retry-After} and a small page
 * showing how many files are loaded. Health, assets and the API docs stay reachable. Nothing waits: the HTTP
 * server is up from the first moment.
 */
@ApplicationScoped
public class LoadingGate {

    private static final List<String> ALWAYS_OPEN = List.of("/q/", "/css/", "/js/", "/_static/", "/favicon", "/webhooks/");

    @CheckedTemplate(basePath = "docs")
    static class Templates {
        static native TemplateInstance loading(LoadStatus status);
    }

    @Inject
    ContentStore store;

    void install(@Observes Router router) {
        router.route().order(-900).handler(this::gate);
    }

    private void gate(RoutingContext rc) {
        if (store.status().ready() || ALWAYS_OPEN.stream().anyMatch(rc.normalizedPath()::startsWith)) {
            rc.next();
            return;
        }
        LoadStatus status = store.status();
        boolean json = rc.normalizedPath().startsWith("/api/");
        String body = json
                ? "{\"status\":503,\"title\":\"Starting\",\"loaded\":" + status.loaded() + ",\"total\":" + status.total() + "}"
                : Templates.loading(status).render();
        rc.response().setStatusCode(503)
                .putHeader(HttpHeaders.RETRY_AFTER, "2")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONTENT_TYPE, json ? "application/json" : "text/html; charset=UTF-8")
                .end(body);
    }
}
