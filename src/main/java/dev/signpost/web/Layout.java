package dev.signpost.web;

import dev.signpost.security.SignInTarget;
import io.vertx.core.http.Cookie;
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

    /** True when the page being shown lies in {@code item}'s section: the header marks it as the current one. */
    public boolean current(MainNavItem item) {
        return item.active(request.path());
    }

    /** The page being shown, for forms in the header that come back to it. */
    public String here() {
        return SignInTarget.safe(request.uri());
    }

    /** The reader's chosen colour theme (auto unless a valid {@value Theme#COOKIE} cookie says otherwise). */
    public Theme theme() {
        Cookie cookie = request.getCookie(Theme.COOKIE);
        return cookie == null ? Theme.AUTO : Theme.parse(cookie.getValue()).orElse(Theme.AUTO);
    }

    /** Every theme, in the order the menu offers them. */
    public List<Theme> themes() {
        return List.of(Theme.AUTO, Theme.LIGHT, Theme.DARK);
    }
}
