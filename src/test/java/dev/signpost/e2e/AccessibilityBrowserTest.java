package dev.signpost.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page type, anonymous and signed in, light and dark, at 1366 and 390 pixels: no violation of the WCAG 2.1 A and
 * AA rules that axe-core checks, and no sideways scrolling at 360 pixels. One browser per viewer serves every page; a
 * screenshot of each page, viewer, width and scheme is saved as {@code target/e2e-screenshots/a11y-*.png}. A failure
 * lists every finding of the page type at once, each with the rule, its impact, the elements and where it was seen.
 */
@QuarkusTest
@BrowserTest
class AccessibilityBrowserTest {

    private static final Logger LOG = Logger.getLogger(AccessibilityBrowserTest.class);

    /** Who looks at a page; each has a browser of their own, kept for the whole class. */
    enum Viewer {
        ANONYMOUS(null), SIGNED_IN("ada"), NOT_AN_ADMIN("sam");

        final String user;

        Viewer(String user) {
            this.user = user;
        }
    }

    private static final Set<Viewer> EVERYONE = EnumSet.of(Viewer.ANONYMOUS, Viewer.SIGNED_IN);
    private static final Set<Viewer> SIGNED_IN = EnumSet.of(Viewer.SIGNED_IN);

    record PageType(String name, Function<AccessibilityFixture, String> path, Set<Viewer> viewers) {

        static PageType of(String name, String path, Set<Viewer> viewers) {
            return new PageType(name, fixture -> path, viewers);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<PageType> pageTypes() {
        return Stream.of(
                PageType.of("home", "/", EVERYONE),
                PageType.of("docs page", "/docs/practices/ci/handling-flaky-tests", EVERYONE),
                PageType.of("stale report", "/docs/stale", EVERYONE),
                PageType.of("search results", "/search?q=deploy", EVERYONE),
                PageType.of("tools radar", "/tools", EVERYONE),
                PageType.of("tools list", "/tools?view=list", EVERYONE),
                PageType.of("tool", "/tools/argo-cd", EVERYONE),
                PageType.of("roadmap board", "/roadmap", EVERYONE),
                PageType.of("roadmap timeline", "/roadmap/timeline", EVERYONE),
                PageType.of("roadmap changes", "/roadmap/changes", EVERYONE),
                new PageType("roadmap review", AccessibilityFixture::review, EVERYONE),
                PageType.of("SIG list", "/sigs", EVERYONE),
                PageType.of("SIG page", "/sigs/code-deployment", EVERYONE),
                PageType.of("Lean Coffee list", "/lean-coffee", SIGNED_IN),
                new PageType("Lean Coffee board", AccessibilityFixture::board, SIGNED_IN),
                new PageType("Lean Coffee summary", AccessibilityFixture::summary, SIGNED_IN),
                PageType.of("action tracker", "/actions", SIGNED_IN),
                new PageType("action item", AccessibilityFixture::actionItem, SIGNED_IN),
                PageType.of("new action form", "/actions/new", SIGNED_IN),
                PageType.of("feedback form", "/feedback", SIGNED_IN),
                new PageType("feedback item", AccessibilityFixture::feedbackItem, SIGNED_IN),
                PageType.of("my feedback", "/feedback/mine", SIGNED_IN),
                PageType.of("triage", "/feedback/triage", SIGNED_IN),
                PageType.of("content health", "/admin/content", SIGNED_IN),
                PageType.of("audit log", "/admin/audit", SIGNED_IN),
                PageType.of("notifications", "/notifications", SIGNED_IN),
                PageType.of("notification outbox", "/admin/notifications", SIGNED_IN),
                PageType.of("notification preferences", "/notifications/preferences", SIGNED_IN),
                PageType.of("notification defaults", "/admin/notifications/defaults", SIGNED_IN),
                PageType.of("sign-in", "/signin", EnumSet.of(Viewer.ANONYMOUS)),
                PageType.of("403", "/admin/content", EnumSet.of(Viewer.NOT_AN_ADMIN)),
                PageType.of("404", "/docs/no-such-page", EVERYONE));
    }

    private static final Map<Viewer, Browser> BROWSERS = new EnumMap<>(Viewer.class);
    private static AccessibilityFixture fixture;

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageTypes")
    void shouldMeetWcag21AaInBothSchemesAndWidthsWithoutScrollingSideways(PageType page) {
        String path = page.path().apply(fixture());
        List<String> problems = new ArrayList<>();
        for (Viewer viewer : page.viewers()) {
            Browser browser = browser(viewer);
            for (Theme theme : Theme.values()) {
                theme.choose(browser);
                Viewport.LAPTOP.apply(browser);
                browser.open(path);
                assertEquals(path, browser.path(), viewer + " stays on the page, not sent to sign in");
                assertTrue(browser.has("main#sp-main"), "the page has its main content on " + path);
                for (Viewport viewport : List.of(Viewport.LAPTOP, Viewport.PHONE)) {
                    viewport.apply(browser);
                    String where = String.join(" ", page.name(), path, viewer.name().toLowerCase(), viewport.toString(), theme.label());
                    problems.addAll(AxeAudit.violations(browser, where));
                    save(browser, page, viewer, viewport, theme);
                }
                if (theme == Theme.LIGHT) {
                    Viewport.NARROW_PHONE.apply(browser);
                    String overflow = AxeAudit.overflow(browser);
                    if (overflow != null) {
                        problems.add(page.name() + " " + path + " " + viewer.name().toLowerCase() + " 360px: scrolls sideways: " + overflow);
                    }
                }
            }
        }
        problems.forEach(LOG::info);
        assertTrue(problems.isEmpty(), () -> problems.size() + " accessibility problems on the " + page + " page:\n"
                + String.join("\n", problems));
    }

    private static synchronized AccessibilityFixture fixture() {
        if (fixture == null) {
            fixture = AccessibilityFixture.create();
        }
        return fixture;
    }

    /** The viewer's browser, started (and signed in) the first time it is needed. */
    private static Browser browser(Viewer viewer) {
        return BROWSERS.computeIfAbsent(viewer, v -> {
            Browser browser = Browser.start(BrowserExtension.appUri(), true);
            return v.user == null ? browser.open("/") : browser.signIn(v.user);
        });
    }

    private static void save(Browser browser, PageType page, Viewer viewer, Viewport viewport, Theme theme) {
        String name = "a11y-%s-%s-%d-%s.png".formatted(page.name().toLowerCase().replaceAll("[^a-z0-9]+", "-"),
                viewer.name().toLowerCase().replace('_', '-'), viewport.width(), theme.label());
        try {
            Files.createDirectories(BrowserExtension.SCREENSHOTS);
            Files.write(BrowserExtension.SCREENSHOTS.resolve(name), browser.screenshot());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void quitBrowsers() {
        BROWSERS.values().forEach(Browser::close);
        BROWSERS.clear();
        fixture = null;
    }
}
