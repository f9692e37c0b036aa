package dev.signpost.sources;

import dev.signpost.live.InProcessBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Instances that share a live bus (here one in-process bus stands for PostgreSQL between them) refresh together. */
class SourceRefreshesTest {

    private final InProcessBus bus = new InProcessBus();
    private final Instance a = new Instance("handbook");
    private final Instance b = new Instance("handbook");
    private final Instance c = new Instance("runbooks");

    @AfterEach
    void stop() {
        a.refreshes.stop();
        b.refreshes.stop();
        c.refreshes.stop();
        bus.close();
    }

    @Test
    void shouldRefreshTheSourceHereAndOnEveryOtherInstanceOnce() {
        assertTrue(a.refreshes.refresh("handbook", "an admin's refresh button"));

        assertEquals(List.of("handbook: an admin's refresh button"), a.refreshed);
        assertEquals(List.of("handbook: " + SourceRefreshes.FROM_ANOTHER_INSTANCE), b.refreshed);
    }

    @Test
    void shouldNotPassOnARefreshThatCameFromAnotherInstance() {
        List<String> notices = new CopyOnWriteArrayList<>();
        bus.subscribe(SourceRefreshes.CHANNEL).subscribe().with(notices::add);

        b.refreshes.refresh("handbook", "a push webhook from GitHub");

        assertEquals(1, notices.size(), "one notice, from b only: " + notices);
        assertEquals(List.of("handbook: " + SourceRefreshes.FROM_ANOTHER_INSTANCE), a.refreshed);
        assertEquals(List.of("handbook: a push webhook from GitHub"), b.refreshed);
    }

    @Test
    void shouldTellNobodyAboutASourceThatDoesNotExist() {
        List<String> notices = new CopyOnWriteArrayList<>();
        bus.subscribe(SourceRefreshes.CHANNEL).subscribe().with(notices::add);

        assertFalse(a.refreshes.refresh("runbooks", "the refresh API"));

        assertEquals(List.of(), notices);
        assertEquals(List.of(), c.refreshed, "the instance that has the source is not asked by one that has not");
    }

    @Test
    void shouldLeaveAnInstanceWithoutTheSourceAlone() {
        a.refreshes.refresh("handbook", "the refresh API");

        assertEquals(List.of(), c.refreshed);
    }

    @Test
    void shouldStillRefreshHereWhenTheBusRefusesTheNotice() {
        InProcessBus broken = new InProcessBus() {
            @Override
            public void publish(String channel, String message) {
                throw new jakarta.persistence.PersistenceException("connection refused");
            }
        };
        List<String> refreshed = new CopyOnWriteArrayList<>();
        SourceRefreshes alone = new SourceRefreshes(broken, record(refreshed, "handbook"));

        assertTrue(alone.refresh("handbook", "the refresh API"));
        assertEquals(List.of("handbook: the refresh API"), refreshed);
    }

    @Test
    void shouldIgnoreNoticesNotWrittenByARefresh() {
        bus.publish(SourceRefreshes.CHANNEL, "handbook");
        bus.publish(SourceRefreshes.CHANNEL, " handbook");

        assertEquals(List.of(), a.refreshed);
    }

    private static BiPredicate<String, String> record(List<String> into, String has) {
        return (name, reason) -> {
            if (!name.equals(has)) {
                return false;
            }
            into.add(name + ": " + reason);
            return true;
        };
    }

    /** One instance: its sources (one name) and the refreshes they were asked for. */
    private final class Instance {
        final List<String> refreshed = new CopyOnWriteArrayList<>();
        final SourceRefreshes refreshes;

        Instance(String source) {
            refreshes = new SourceRefreshes(bus, record(refreshed, source));
            refreshes.listen();
        }
    }
}
