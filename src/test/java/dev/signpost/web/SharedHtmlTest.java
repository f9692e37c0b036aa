package dev.signpost.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedHtmlTest {

    private final SharedHtml shared = new SharedHtml();
    private final AtomicInteger renders = new AtomicInteger();
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    private String part(String name, Object source, Object variant) {
        return shared.get(name, source, variant, () -> name + "#" + renders.incrementAndGet());
    }

    @Test
    void aPartIsRenderedOnceWhileItsSourceAndVariantStay() {
        List<String> catalog = new ArrayList<>(List.of("a"));
        assertEquals("radar#1", part("radar", catalog, DAY));
        assertEquals("radar#1", part("radar", catalog, LocalDate.of(2026, 12, 6)));
        assertEquals(1, renders.get());
    }

    @Test
    void aNewSourceEvenAnEqualOneOrAnotherVariantRendersAgain() {
        List<String> catalog = List.of("a");
        part("radar", catalog, DAY);
        assertEquals("radar#2", part("radar", new ArrayList<>(catalog), DAY), "compared by identity, not equality");
        assertEquals("radar#3", part("radar", catalog, DAY.plusDays(1)));
    }

    @Test
    void namesAreKeptApart() {
        Object source = new Object();
        assertEquals("radar#1", part("radar", source, DAY));
        assertEquals("list#2", part("list", source, DAY));
        assertEquals("radar#1", part("radar", source, DAY));
    }

    @Test
    void tooManyNamesStartAgainInsteadOfGrowing() {
        Object source = new Object();
        for (int i = 0; i < SharedHtml.MAX_NAMES * 3; i++) {
            part("name-" + i, source, DAY);
        }
        assertEquals(SharedHtml.MAX_NAMES * 3, renders.get());
        part("name-" + (SharedHtml.MAX_NAMES * 3 - 1), source, DAY);
        assertEquals(SharedHtml.MAX_NAMES * 3, renders.get(), "the newest part is still kept");
    }
}
