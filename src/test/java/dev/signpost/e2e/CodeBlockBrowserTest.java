package dev.signpost.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Code blocks on a documentation page: highlighted by the app's own highlight.js, without leaking its names into the page. */
@QuarkusTest
@BrowserTest
class CodeBlockBrowserTest {

    private static final String PAGE = "/docs/practices/ci/deploying-with-github-actions";

    @Test
    void shouldHighlightCodeBlocksWithoutReplacingTheBrowsersOwnNames(Browser browser) {
        browser.open(PAGE);
        WebElement code = browser.find("pre > code.language-yaml.hljs");
        List<WebElement> tokens = code.findElements(By.cssSelector("span[class^=hljs-]"));
        assertFalse(tokens.isEmpty(), "the YAML is split into highlighted tokens");
        assertTrue(browser.has(".code-block > button.copy-code:not([hidden])"), "a copy button on each block");

        assertEquals(Boolean.TRUE, browser.script("return Response.toString().includes('[native code]')"),
                "Response is still the browser's own");
        assertEquals("undefined", browser.script("return typeof module"), "no CommonJS module object on the page");
        assertEquals("undefined", browser.script("return typeof escapeHTML"), "none of the highlighter's names are globals");
    }
}
