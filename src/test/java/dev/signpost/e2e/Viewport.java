package dev.signpost.e2e;

import java.util.Map;

/**
 * A window width the pages are checked at: a laptop, a phone, and the narrowest phone that must not scroll sideways.
 * Set through DevTools as a desktop window of exactly that many CSS pixels, so that the page's media queries see
 * the width and a page wider than it cannot be zoomed out of sight as a phone's viewport would be.
 */
record Viewport(int width, int height) {

    static final Viewport LAPTOP = new Viewport(1366, 900);
    static final Viewport PHONE = new Viewport(390, 844);
    static final Viewport NARROW_PHONE = new Viewport(360, 740);

    void apply(Browser browser) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    @Override
    public String toString() {
        return width + "px";
    }
}
