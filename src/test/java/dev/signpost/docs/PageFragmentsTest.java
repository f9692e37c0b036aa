package dev.signpost.docs;

import dev.signpost.WebSession;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parts of a page rendered once for every reader carry nothing of the person who first asked for them. */
@QuarkusTest
class PageFragmentsTest {

    private static final String PAGE = "/docs/practices/ci/migrating-a-jenkins-pipeline";

    @Test
    void theSharedPartsAreTheSameForEveryoneAndThePersonalPartsAreEachReadersOwn() {
        Document sam = WebSession.signIn("sam").page(PAGE, 200);
        Document anonymous = WebSession.anonymous().page(PAGE, 200);
        Document alice = WebSession.signIn("alice").page(PAGE, 200);

        assertEquals(sam.selectFirst("nav.doc-nav").outerHtml(), anonymous.selectFirst("nav.doc-nav").outerHtml());
        assertEquals(sam.selectFirst("aside.doc-toc").outerHtml(), alice.selectFirst("aside.doc-toc").outerHtml());
        assertEquals(sam.selectFirst("header.doc-header").outerHtml(), anonymous.selectFirst("header.doc-header").outerHtml());
        assertNotNull(anonymous.selectFirst("nav.doc-nav a[aria-current=page]"), "the current page is marked");
        assertEquals(PAGE, anonymous.selectFirst("nav.doc-nav a[aria-current=page]").attr("href"));

        assertNotNull(sam.selectFirst("aside#owner-feedback"), "the owning team's member sees the ratings panel");
        assertNull(anonymous.selectFirst("aside#owner-feedback"), "nobody else does, though sam's page was rendered first");
        assertNull(alice.selectFirst("aside#owner-feedback"));
        assertTrue(sam.selectFirst("header.site-header").text().contains("Sign out"));
        assertNotNull(anonymous.selectFirst("header.site-header a.signin-link"));
        assertTrue(alice.selectFirst("header.site-header .account-name").text().toLowerCase().contains("alice"));
    }

    @Test
    void anotherPageHasItsOwnParts() {
        Document first = WebSession.anonymous().page(PAGE, 200);
        Document other = WebSession.anonymous().page("/docs/practices", 200);
        assertEquals("/docs/practices", other.selectFirst("nav.doc-nav a[aria-current=page]").attr("href"));
        assertTrue(!first.selectFirst("header.doc-header h1").text().equals(other.selectFirst("header.doc-header h1").text()));
    }

    @Inject
    PageFragments fragments;
    @Inject
    ContentStore store;

    @Test
    void aSnapshotThatKeepsTheNavigationRendersAgainOnlyTheEditedPage() {
        ContentSnapshot before = store.snapshot();
        dev.signpost.content.Document edited = before.page("/docs/practices").orElseThrow();
        dev.signpost.content.Document other = before.page(PAGE).orElseThrow();
        LocalDate day = LocalDate.of(2031, 1, 2);     // a day no request renders, so the entries are this test's own
        AtomicInteger renders = new AtomicInteger();
        PageFragments.Parts otherParts = parts(before, other, day, renders);
        PageFragments.Parts editedParts = parts(before, edited, day, renders);
        assertEquals(2, renders.get());

        // The shortcut of a body edit: the same navigation and reading order, one document replaced by a new one.
        dev.signpost.content.Document edit = edited.withOrigin(edited.origin());
        Map<String, dev.signpost.content.Document> byUrl = new HashMap<>(before.byUrl());
        byUrl.put(edit.url(), edit);
        List<dev.signpost.content.Document> reading = new ArrayList<>(before.reading());
        reading.replaceAll(d -> d == edited ? edit : d);
        ContentSnapshot after = new ContentSnapshot(before.documents(), before.assets(), before.problems(), before.conflicts(),
                Map.copyOf(byUrl), before.navigation(), List.copyOf(reading), before.readingIndex(), before.tags(),
                before.brokenLinks(), before.linkedFrom(), before.loadedAt());

        assertSame(otherParts, parts(after, other, day, renders), "an untouched page keeps its parts");
        assertEquals(2, renders.get());
        PageFragments.Parts again = parts(after, edit, day, renders);
        assertEquals(3, renders.get(), "the edited page is rendered again");
        assertEquals(editedParts, again, "from the same listing, to the same HTML");

        // A snapshot with a navigation of its own (a page added, moved or renamed) renders every page again.
        ContentSnapshot rebuilt = new ContentSnapshot(after.documents(), after.assets(), after.problems(), after.conflicts(),
                after.byUrl(), List.copyOf(after.navigation()), after.reading(), after.readingIndex(), after.tags(),
                after.brokenLinks(), after.linkedFrom(), after.loadedAt());
        parts(rebuilt, other, day, renders);
        assertEquals(4, renders.get(), "a new navigation renders an untouched page again");
    }

    private PageFragments.Parts parts(ContentSnapshot snapshot, dev.signpost.content.Document doc, LocalDate day, AtomicInteger renders) {
        return fragments.of(snapshot, doc, day, null, () -> {
            renders.incrementAndGet();
            return new PageView(doc, snapshot.navigation(), snapshot.ancestors(doc), snapshot.previous(doc).orElse(null),
                    snapshot.next(doc).orElse(null), false, null, List.of());
        });
    }
}
