package dev.signpost.e2e;

import org.jboss.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, with a fresh profile that is removed when it quits. The binaries are
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} unless {@code -Dsignpost.chrome} / {@code SIGNPOST_CHROME}
 * and {@code -Dsignpost.chromedriver} / {@code SIGNPOST_CHROMEDRIVER} say otherwise. Both paths are given to Selenium,
 * so Selenium Manager is never asked and nothing is downloaded.
 */
final class Chromium implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Chromium.class);
    /**
     * Selenium looks for its DevTools binding of the browser's exact version on every start and warns when it has none.
     * These tests use no DevTools, and Debian's Chromium moves on faster than a pinned binding would. Held in a field
     * because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger CDP_VERSIONS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Chromium start(boolean javaScript) {
        Path chrome = executable("signpost.chrome", "SIGNPOST_CHROME", "/usr/bin/chromium");
        Path chromedriver = executable("signpost.chromedriver", "SIGNPOST_CHROMEDRIVER", "/usr/bin/chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("signpost-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1024", "--user-data-dir=" + profile);
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().withLogFile(Path.of("target", "chromedriver.log").toFile()).withAppendLog(true).build();
        try {
            return new Chromium(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    /** Quits the browser and its driver, then removes the profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static Path executable(String property, String variable, String fallback) {
        String configured = System.getProperty(property, System.getenv(variable));
        Path path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("No executable at " + path + " (-D" + property + ", " + variable + "); install "
                    + "Debian's chromium and chromium-driver, as src/test/e2e/ci-stage.sh does");
        }
        return path;
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("Could not remove the browser profile %s: %s", dir, e.getMessage());
        }
    }
}
