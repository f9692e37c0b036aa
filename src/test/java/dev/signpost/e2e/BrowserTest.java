package dev.signpost.e2e;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that drives a real headless Chromium: put it beside {@code @QuarkusTest} and take a {@link Browser} parameter.
 * Tagged {@code browser}, so it runs only with {@code ./mvnw test -Pbrowser}; a screenshot of each test's last page is
 * left in {@code target/e2e-screenshots/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
