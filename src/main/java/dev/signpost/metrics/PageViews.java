package dev.signpost.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts page views by {@link Section}: a GET that one of the portal's resources answers with an HTML page (2xx), and
 * that a person navigated to: not a fragment a page's script fetched (the Lean Coffee board after each change, the
 * feedback box), which browsers mark with {@code Sec-Fetch-Mode} other than {@code navigate} and Signpost's scripts with
 * {@code X-Signpost-Fragment}. API answers, redirects and errors are not page views; the HTTP server's own metrics count
 * every request. Per request: a class-keyed cache lookup, and one counter increment once the response is written.
 */
@Singleton
@io.quarkus.runtime.Startup
public class PageViews {

    private final Map<Section, Counter> counters = new EnumMap<>(Section.class);
    private final ClassValue<Counter> byResource = new ClassValue<>() {
        @Override
        protected Counter computeValue(Class<?> type) {
            return counters.get(Section.of(type));
        }
    };

    @Inject
    PageViews(MeterRegistry registry) {
        for (Section section : Section.values()) {
            counters.put(section, Counter.builder("signpost.page.views").description("HTML pages people navigated to, by section of the portal")
                    .tag("section", section.tag()).register(registry));
        }
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, SimpleResourceInfo resource, RoutingContext rc) {
        if (resource == null || resource.getResourceClass() == null || !"GET".equals(request.getMethod()) || !navigated(request)) {
            return;
        }
        Counter counter = byResource.get(resource.getResourceClass());
        // at the end: the status and type are final only once the response is written (error pages are decided late)
        rc.addEndHandler(v -> {
            String type = rc.response().headers().get(HttpHeaders.CONTENT_TYPE);
            if (rc.response().getStatusCode() / 100 == 2 && type != null && type.startsWith("text/html")) {
                counter.increment();
            }
        });
    }

    private static boolean navigated(ContainerRequestContext request) {
        String mode = request.getHeaderString("Sec-Fetch-Mode");
        return (mode == null || "navigate".equals(mode)) && request.getHeaderString("X-Signpost-Fragment") == null;
    }
}
