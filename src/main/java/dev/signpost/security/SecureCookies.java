package dev.signpost.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;

/**
 * Adds {@code Secure} to every cookie a response sets when {@code signpost.security.secure-cookies} is on, so no
 * feature has to remember it. Runs after the other response filters (lower priority runs later), which may set
 * cookies too. Application-scoped, so the configuration is read when the first response goes out, not while Quarkus
 * builds the filter chain.
 */
@ApplicationScoped
public class SecureCookies {

    @Inject
    SecurityConfig config;

    @ServerResponseFilter(priority = Priorities.HEADER_DECORATOR)
    public void secure(ContainerResponseContext response) {
        List<Object> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (!config.secureCookies() || cookies == null) {
            return;
        }
        cookies.replaceAll(SecureCookies::secured);
    }

    static Object secured(Object cookie) {
        if (cookie instanceof NewCookie c && !c.isSecure()) {
            // the builder copies only name, value, version, path and domain from a cookie; the rest is copied here
            return new NewCookie.Builder(c).comment(c.getComment()).maxAge(c.getMaxAge()).expiry(c.getExpiry())
                    .httpOnly(c.isHttpOnly()).sameSite(c.getSameSite()).secure(true).build();
        }
        return cookie;
    }
}
