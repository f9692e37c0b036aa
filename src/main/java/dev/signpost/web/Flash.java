package dev.signpost.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Optional;

/**
 * A message for the page after a post/redirect/get: set on the redirect, read once by the next page, then gone. The
 * value is a short code the reading feature parses strictly (never markup); it travels in a cookie of its own.
 */
@RequestScoped
public class Flash {

    static final String COOKIE = "signpost-flash";
    private static final int MAX_LENGTH = 200;

    @Inject
    RoutingContext routing;

    /** The cookie that carries a flash to the next page. */
    public static NewCookie of(String value) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true).sameSite(NewCookie.SameSite.LAX)
                .maxAge(60).build();
    }

    /** The flash this request brought, if any. */
    public Optional<String> value() {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty() || cookie.getValue().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(cookie.getValue());
    }

    /** A flash is shown once: any page answering a request that brought one clears it, unless it sets a new one. */
    public static class Clear {

        @ServerResponseFilter
        public void clear(ContainerRequestContext request, ContainerResponseContext response) {
            if (!request.getCookies().containsKey(COOKIE) || !"GET".equals(request.getMethod())) {
                return;
            }
            boolean setsOne = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, java.util.List.of()).stream()
                    .anyMatch(c -> String.valueOf(c).startsWith(COOKIE + "="));
            if (!setsOne) {
                response.getHeaders().add(HttpHeaders.SET_COOKIE,
                        new NewCookie.Builder(COOKIE).value("").path("/").httpOnly(true).maxAge(0).build());
            }
        }
    }
}
