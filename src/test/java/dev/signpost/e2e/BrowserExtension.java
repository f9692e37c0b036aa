package dev.signpost.e2e;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriverException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Gives a {@link BrowserTest} its {@link Browser}, pointed at the running app, and after the test, passed or failed,
 * saves a screenshot of the last page as {@code target/e2e-screenshots/<TestClass>-<method>.png} (and the page's HTML
 * beside it when the test failed), then quits the browser.
 * <p>
 * A test that takes several {@link Browser} parameters gets one Chromium for each, each with its own profile: separate
 * cookies, so separate people signed in at once. The second and later ones are saved as
 * {@code <TestClass>-<method>-<parameter>.png}.
 */
public class BrowserExtension implements ParameterResolver, AfterEachCallback {

    private static final Logger LOG = Logger.getLogger(BrowserExtension.class);
    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        boolean javaScript = context.getTestMethod().map(m -> !m.isAnnotationPresent(WithoutJavaScript.class)).orElse(true);
        Browsers browsers = context.getStore(NAMESPACE).getOrComputeIfAbsent(Browsers.class, type -> new Browsers(), Browsers.class);
        Browser browser = Browser.start(appUri(), javaScript);
        browsers.put(parameter.getIndex() == 0 ? "" : "-" + parameter.getParameter().getName(), browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browsers browsers = context.getStore(NAMESPACE).remove(Browsers.class, Browsers.class);
        if (browsers == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        RuntimeException failure = null;
        for (Map.Entry<String, Browser> entry : browsers.entrySet()) {
            try (Browser browser = entry.getValue()) {
                save(SCREENSHOTS.resolve(name + entry.getKey() + ".png"), browser::screenshot);
                if (context.getExecutionException().isPresent()) {
                    save(SCREENSHOTS.resolve(name + entry.getKey() + ".html"), browser::pageSource);
                }
            } catch (RuntimeException e) {
                // one browser that cannot quit must not keep the others open; the first failure is still reported
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** A test's browsers by the suffix of their screenshots' names, in the order of the test's parameters. */
    private static final class Browsers extends LinkedHashMap<String, Browser> {
    }

    /** A picture that cannot be taken (the browser crashed) must not hide the test's own outcome. */
    private static void save(Path file, Supplier<byte[]> content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content.get());
        } catch (IOException | WebDriverException e) {
            LOG.warnf("Could not save %s: %s", file, e.getMessage());
        }
    }

    /** The app started by @QuarkusTest; with {@code test-port=0} the config holds the port it really got. */
    static URI appUri() {
        Config config = ConfigProvider.getConfig();
        String host = config.getOptionalValue("quarkus.http.host", String.class).filter(h -> !h.equals("0.0.0.0")).orElse("127.0.0.1");
        int port = config.getValue("quarkus.http.test-port", Integer.class);
        return URI.create("http://" + host + ":" + port);
    }
}
