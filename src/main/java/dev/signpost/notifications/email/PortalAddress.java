package dev.signpost.notifications.email;

import dev.signpost.notifications.Message;
import dev.signpost.notifications.NotificationsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;

/**
 * The portal's address as readers reach it ({@code signpost.notifications.portal-url}), for the absolute links an email
 * needs: a mail program has no page to resolve a path against.
 */
@ApplicationScoped
public class PortalAddress {

    @Inject
    NotificationsConfig config;

    /** The portal's address without a trailing slash, e.g. {@code https://signpost.example.com}. */
    public String base() {
        String url = config.portalUrl().strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    /** A path inside the portal ({@code /actions/42}) as an absolute link. */
    public String absolute(String path) {
        return base() + path;
    }

    /** The portal's host name, for Message-IDs; {@code signpost} when the address has none. */
    public String host() {
        try {
            String host = URI.create(base()).getHost();
            return host == null || host.isBlank() ? "signpost" : host;
        } catch (IllegalArgumentException e) {
            return "signpost";
        }
    }
}
