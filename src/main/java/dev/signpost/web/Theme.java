package dev.signpost.web;

import java.util.Locale;
import java.util.Optional;

/**
 * The colour theme a reader chose: light, dark, or auto (follow the system's setting). Remembered in a cookie and
 * rendered into the page's {@code <html data-theme>} by the server, so the page never flashes the other theme on load.
 */
public enum Theme {
    LIGHT, DARK, AUTO;

    /** The cookie that remembers the choice; absent means {@link #AUTO}. */
    public static final String COOKIE = "sp-theme";

    /** The theme a form or cookie value names, if it names one. */
    public static Optional<Theme> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "light" -> Optional.of(LIGHT);
            case "dark" -> Optional.of(DARK);
            case "auto" -> Optional.of(AUTO);
            default -> Optional.empty();
        };
    }

    /** The value of {@code data-theme} and of the cookie. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the page's {@code color-scheme} meta tag says: which schemes the page may be shown in. */
    public String colorScheme() {
        return this == AUTO ? "light dark" : value();
    }

    /** The media query under which the light or dark code highlighting stylesheet applies with this theme. */
    public String highlightMedia(boolean darkSheet) {
        return switch (this) {
            case AUTO -> darkSheet ? "(prefers-color-scheme: dark)" : "(prefers-color-scheme: light)";
            case LIGHT -> darkSheet ? "not all" : "all";
            case DARK -> darkSheet ? "all" : "not all";
        };
    }

    /** How the menu names it. */
    public String label() {
        return switch (this) {
            case LIGHT -> "Light";
            case DARK -> "Dark";
            case AUTO -> "Auto (system)";
        };
    }
}
