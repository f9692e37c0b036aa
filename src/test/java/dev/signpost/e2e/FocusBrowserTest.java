package dev.signpost.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keyboard focus: the skip link takes focus into the page's content, and every element the Tab key reaches shows a
 * focus ring of at least 3:1 against what is behind it (WCAG 2.1 1.4.11), in light and dark, on the navy header too.
 */
@QuarkusTest
@BrowserTest
class FocusBrowserTest {

    /** How many Tab presses a page is walked through: the whole header and the start of the content. */
    private static final int TAB_STOPS = 30;

    /** The focused element, its outline colour and width, and the first opaque background behind the outline. */
    private static final String FOCUSED = """
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const cs = getComputedStyle(el);
            const opaque = c => c && c !== 'transparent' && !/rgba\\(.*,\\s*0\\)$/.test(c);
            let behind = 'rgb(255, 255, 255)';
            for (let a = parseFloat(cs.outlineOffset) < 0 ? el : el.parentElement; a; a = a.parentElement) {
              const bg = getComputedStyle(a).backgroundColor;
              if (opaque(bg)) { behind = bg; break; }
            }
            const name = el.localName + (el.id ? '#' + el.id : '') + [...el.classList].slice(0, 2).map(c => '.' + c).join('')
              + (el.getAttribute('href') ? '[href="' + el.getAttribute('href') + '"]' : '');
            return { name: name, style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), ring: cs.outlineColor, behind: behind };
            """;

    @Test
    void shouldMoveFocusIntoTheContentWithTheSkipLink(Browser browser) {
        browser.open("/tools");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals("skip-link", browser.script("return document.activeElement.className"), "the first Tab reaches the skip link");
        assertTrue(((Number) browser.script("return document.activeElement.getBoundingClientRect().left")).doubleValue() >= 0,
                "and shows it");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertEquals("sp-main", browser.script("return document.activeElement.id"), "Enter moves focus to the main content");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals(Boolean.TRUE, browser.script("return document.getElementById('sp-main').contains(document.activeElement)"),
                "the next Tab goes on inside the content, not back to the header");
    }

    @Test
    void shouldShowAFocusRingOfAtLeast3To1OnEveryTabStop(Browser browser) {
        List<String> problems = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            browser.open("/");
            theme.choose(browser);
            for (String path : List.of("/", "/tools", "/docs/practices/ci/handling-flaky-tests", "/roadmap")) {
                browser.open(path);
                for (int stop = 0; stop < TAB_STOPS; stop++) {
                    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> focused = (Map<String, Object>) browser.script(FOCUSED);
                    if (focused == null) {
                        continue;
                    }
                    String where = path + " " + theme.label() + " " + focused.get("name");
                    if ("none".equals(focused.get("style")) || ((Number) focused.get("width")).doubleValue() < 2) {
                        problems.add(where + ": no focus ring of 2px or more (" + focused.get("style") + " " + focused.get("width") + "px)");
                        continue;
                    }
                    double ratio = Contrast.ratio((String) focused.get("ring"), (String) focused.get("behind"));
                    if (ratio < 3) {
                        problems.add("%s: focus ring %s on %s is %.2f:1".formatted(where, focused.get("ring"), focused.get("behind"), ratio));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems.stream().distinct().toList()));
    }
}
