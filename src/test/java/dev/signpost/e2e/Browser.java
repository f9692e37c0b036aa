package dev.signpost.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A test's browser: a headless {@link Chromium} pointed at the app under test. Paths are the app's
 * ({@code open("/docs/...")}); every wait is explicit and gives up after {@value #WAIT_SECONDS} seconds.
 */
public final class Browser implements AutoCloseable {

    static final int WAIT_SECONDS = 15;

    private final URI app;
    private final Chromium chromium;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(URI app, Chromium chromium) {
        this.app = app;
        this.chromium = chromium;
        this.driver = chromium.driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(WAIT_SECONDS));
    }

    /** Starts a browser for the app at {@code app}, with page scripts on or off. */
    static Browser start(URI app, boolean javaScript) {
        return new Browser(app, Chromium.start(javaScript));
    }

    /** Goes to a path of the app and waits until the page has loaded (its deferred and module scripts have run). */
    public Browser open(String path) {
        driver.get(app.resolve(path).toString());
        return this;
    }

    /** The path of the page shown, with its query and fragment: {@code /docs/x#page-feedback}. */
    public String path() {
        URI current = URI.create(driver.getCurrentUrl());
        return current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery())
                + (current.getRawFragment() == null ? "" : "#" + current.getRawFragment());
    }

    /** Waits for an element to be shown. */
    public WebElement find(String css) {
        return wait.withMessage(() -> "an element shown for " + css + " on " + path())
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Whether the browser shows the element now, as the page's stylesheet lays it out. Not WebDriver's isDisplayed:
     * its rule hides everything in a closed {@code <details>}, while the stylesheet opens the header's menus on wide
     * screens.
     */
    public boolean shows(String css) {
        return (Boolean) script("const e = document.querySelector(arguments[0]); const r = e.getBoundingClientRect();"
                + "return e.checkVisibility({visibilityProperty: true}) && r.width > 0 && r.height > 0;", css);
    }

    /** Whether the page has such an element now, shown or not; does not wait. */
    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Waits until the condition holds, and returns what it returned. */
    public <T> T await(ExpectedCondition<T> condition) {
        return wait.withMessage(() -> "on " + path()).until(condition);
    }

    /** Types into a field after clearing it. */
    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks a button or link that leaves the page, and waits until the next page has replaced it. */
    public Browser submit(WebElement button) {
        button.click();
        wait.withMessage(() -> "the page to be left after clicking " + button).until(d -> left(button));
        return this;
    }

    /**
     * Whether the element's page has been replaced. Besides the stale-element error, chromedriver may answer "Node with
     * given id does not belong to the document" while the old document is being torn down: that too means it left.
     */
    private static boolean left(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * The visible text of the first element matching {@code css}, as {@link WebElement#getText()} gives it, found and
     * read again when a live page redrew it in between (a Lean Coffee board redraws whenever anyone changes it).
     */
    public String text(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                return find(css).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Runs a script in the page; WebDriver's scripts run even where the page's own are off. */
    public Object script(String javaScript, Object... args) {
        return driver.executeScript(javaScript, args);
    }

    /** Signs in with a demo account (password = user name) through the real /signin form. */
    public Browser signIn(String username) {
        open("/signin");
        type("#signin-username", username);
        type("#signin-password", username);
        submit(find("form.signin button[type=submit]"));
        wait.withMessage(() -> username + " to be signed in, on " + path())
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account form.signout")));
        return this;
    }

    /** Signs out with the button in the header's account menu, opening the menu as a person would. */
    public Browser signOut() {
        find(".account-menu > summary").click();
        submit(find(".account form.signout button"));
        find(".account a.signin-link");
        return this;
    }

    /** The driver itself, for what the methods here do not cover. */
    public ChromeDriver driver() {
        return driver;
    }

    /** What the window shows now, as PNG. */
    byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** The page's HTML as it is now, after any script changed it. */
    byte[] pageSource() {
        return driver.getPageSource().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        chromium.close();
    }
}
