package dev.signpost.e2e;

import org.openqa.selenium.Cookie;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The colour scheme a page is looked at in. By default the browser is told the person prefers it (the CSS
 * {@code prefers-color-scheme} media feature, emulated through DevTools); with {@code -Dsignpost.theme-by=cookie} it is
 * chosen the way the header's theme toggle does, by the {@code sp-theme} cookie, which sets {@code data-theme} on
 * {@code <html>}. Either way it applies to the pages loaded after {@link #choose}.
 */
enum Theme {
    LIGHT, DARK;

    static final String COOKIE = "sp-theme";

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Chooses this scheme for the next pages the browser loads; it must be on one of the app's pages already. */
    void choose(Browser browser) {
        if ("cookie".equals(System.getProperty("signpost.theme-by", "media"))) {
            browser.driver().manage().deleteCookieNamed(COOKIE);
            browser.driver().manage().addCookie(new Cookie.Builder(COOKIE, label()).path("/").build());
        } else {
            emulate(browser);
        }
    }

    /** Tells the browser that the person prefers this scheme, as their system setting would. */
    void emulate(Browser browser) {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", label()))));
    }
}
