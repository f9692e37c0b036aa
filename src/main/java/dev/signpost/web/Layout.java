package dev.signpost.web;

import dev.signpost.security.SignInTarget;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;

/** What every page's layout shows around its content; templates reach it as {@code inject:layout}. */
@Named("layout")
@ApplicationScoped
public class Layout {

    private final List<MainNavItem> items;
    private final HttpServerRequest request;

    @Inject
    public Layout(Instance<MainNavItem> contributions, HttpServerRequest request) {
        this.items = contributions.stream().sorted(Comparator.comparingInt(MainNavItem::position)).toList();
        this.request = request;
    }

    /** The header's sign-in link, coming back to the page it was clicked on. */
    public String signInHref() {
        return SignInTarget.signInHref(request.uri());
    }

    public List<MainNavItem> items() {
        return items;
    }
}
