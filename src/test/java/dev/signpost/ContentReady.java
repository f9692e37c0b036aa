package dev.signpost;

import dev.signpost.content.ContentStore;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;

/**
 * Before every @QuarkusTest method, waits until the first content load has finished (it runs in the
 * background by design, and pages answer 503 until then), unless a test profile sets
 * {@code signpost.test.await-content=false}. Registered in META-INF/services.
 */
public class ContentReady implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!ConfigProvider.getConfig().getOptionalValue("signpost.test.await-content", Boolean.class).orElse(true)) {
            return;
        }
        ContentStore store = Arc.container().instance(ContentStore.class).get();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> store.status().ready());
    }
}
