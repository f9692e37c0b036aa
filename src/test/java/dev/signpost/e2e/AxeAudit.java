package dev.signpost.e2e;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs axe-core (bundled in the {@code com.deque.html.axe-core:selenium} jar, injected by WebDriver, so the page's
 * strict CSP does not stop it) on the page a browser shows, with the WCAG 2.0 and 2.1 level A and AA rules, and
 * describes each violation in one line a reader can act on. Also measures whether the page scrolls sideways.
 */
final class AxeAudit {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /**
     * Parts of the page left out of both checks, as CSS selectors separated by commas: {@code
     * -Dsignpost.a11y.exclude=.site-header} while another change owns that part. Empty by default: everything is checked.
     */
    static final List<String> EXCLUDED = java.util.Arrays.stream(System.getProperty("signpost.a11y.exclude", "").split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).toList();
    /** How many elements of one rule a line names; the count says how many there were. */
    private static final int TARGETS_SHOWN = 6;

    /**
     * The element reaching furthest past the right edge of the window, as a short CSS path and its right edge, or null
     * when the page does not scroll sideways. An element inside a box that scrolls or clips it does not count.
     */
    private static final String OVERFLOW = """
            const excluded = arguments[0];
            const root = document.documentElement;
            if (root.scrollWidth <= window.innerWidth) return null;
            const edge = window.innerWidth;
            const clipped = el => {
              for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                const x = getComputedStyle(a).overflowX;
                if (x !== 'visible' && a.getBoundingClientRect().right <= edge + 0.5) return true;
              }
              return false;
            };
            const name = el => el.localName + (el.id ? '#' + el.id : '')
              + [...el.classList].slice(0, 2).map(c => '.' + c).join('');
            let worst = null, right = edge + 0.5;
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.width > 0 && r.right > right && !clipped(el) && !excluded.some(s => el.closest(s))) { worst = el; right = r.right; }
            }
            if (!worst) return excluded.length ? null : 'the page is ' + root.scrollWidth + 'px wide (no single element found)';
            const path = [];
            for (let el = worst; el && el !== document.body && path.length < 4; el = el.parentElement) path.unshift(name(el));
            return path.join(' > ') + ' reaches ' + Math.round(right) + 'px; the page is ' + root.scrollWidth + 'px wide';
            """;

    private AxeAudit() {
    }

    /** The violations on the page shown, one line each, prefixed with {@code where} (page, viewer, width, scheme). */
    static List<String> violations(Browser browser, String where) {
        AxeBuilder axe = new AxeBuilder().withTags(WCAG_21_AA).setLegacyMode(true).disableIframeTesting();
        EXCLUDED.forEach(axe::exclude);
        Results results = axe.analyze(browser.driver());
        if (results.isErrored()) {
            return List.of(where + ": axe could not run: " + results.getErrorMessage());
        }
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<String> targets = rule.getNodes().stream().map(AxeAudit::target).toList();
            lines.add("%s: %s (%s, %d×) %s: %s%s".formatted(where, rule.getId(), rule.getImpact(), targets.size(),
                    rule.getHelp(), String.join(" | ", targets.subList(0, Math.min(TARGETS_SHOWN, targets.size()))),
                    targets.size() > TARGETS_SHOWN ? " | …" : ""));
        }
        return lines;
    }

    /** Why the page scrolls sideways at the window's width, or null when it does not. */
    static String overflow(Browser browser) {
        return (String) browser.script(OVERFLOW, EXCLUDED);
    }

    /** The node's selector, with the colours axe measured for a contrast failure. */
    private static String target(CheckedNode node) {
        String selector = String.valueOf(node.getTarget()).replaceAll("^\\[|]$", "");
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary();
        java.util.regex.Matcher contrast = java.util.regex.Pattern
                .compile("contrast of ([\\d.]+) \\(foreground color: (#\\w+), background color: (#\\w+)").matcher(summary);
        return contrast.find() ? selector + " [" + contrast.group(1) + ": " + contrast.group(2) + " on " + contrast.group(3) + "]"
                : selector;
    }
}
