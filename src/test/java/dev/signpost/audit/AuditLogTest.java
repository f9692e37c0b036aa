package dev.signpost.audit;

import dev.signpost.TestClock;
import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit log stores who did what, newest first; runs on H2 and, in CI, on PostgreSQL. */
@QuarkusTest
@Tag("database")
class AuditLogTest {

    @Inject
    AuditLog auditLog;

    @Test
    @TestSecurity(user = "sam", roles = "sig-member")
    void shouldStampTheCurrentUserAndTheClock() {
        String target = UUID.randomUUID().toString();
        AuditEntry entry = auditLog.record("action-item.created", "action-item", target, "Rotate the CI runners");
        AuditPage page = auditLog.page("sam", "action-item.created", 1);
        AuditEntry stored = page.entries().stream().filter(e -> target.equals(e.targetId())).findFirst().orElseThrow();
        assertEquals(entry.id(), stored.id());
        assertEquals("sam", stored.actor());
        assertEquals(TestClock.NOW, stored.occurredAt());
        assertEquals("action-item", stored.targetType());
        assertEquals("Rotate the CI runners", stored.detail());
    }

    @Test
    void shouldClipOversizedAndControlCharacterInputInsteadOfFailing() {
        String actor = "clip-" + UUID.randomUUID();
        String huge = "x".repeat(10_000);
        AuditEntry entry = auditLog.recordAs(actor, "a".repeat(500), "t".repeat(500), huge, "line1\nline2\u0000" + huge);
        AuditEntry stored = auditLog.page(actor, null, 1).entries().get(0);
        assertEquals(entry.id(), stored.id());
        assertEquals(60, stored.action().length());
        assertEquals(300, stored.targetId().length());
        assertEquals(2000, stored.detail().length());
        assertFalse(stored.detail().contains("\n") || stored.detail().contains("\u0000"));
    }

    @Test
    void shouldListNewestFirstAndPageThroughEvents() {
        String actor = "pager-" + UUID.randomUUID();
        for (int i = 1; i <= AuditLog.PAGE_SIZE + 3; i++) {
            auditLog.recordAs(actor, "test.event", "n", String.valueOf(i), null);
        }
        AuditPage first = auditLog.page(actor, null, 1);
        assertEquals(AuditLog.PAGE_SIZE + 3, first.total());
        assertEquals(2, first.pageCount());
        assertEquals(String.valueOf(AuditLog.PAGE_SIZE + 3), first.entries().get(0).targetId(), "newest first");
        AuditPage second = auditLog.page(actor, null, 2);
        assertEquals(List.of("3", "2", "1"), second.entries().stream().map(AuditEntry::targetId).toList());
        assertEquals(2, auditLog.page(actor, null, 99).page(), "a page past the end shows the last page");
    }

    @Test
    void shouldRecordSignInsFailedSignInsAndSignOuts() {
        WebSession maya = WebSession.signIn("maya");
        maya.get("/docs");
        maya.post("/signout", Map.of());
        WebSession wrong = WebSession.anonymous();
        wrong.get("/signin");
        wrong.post("/signin", Map.of("username", "maya", "password", "not-maya"));

        List<String> actions = auditLog.page("maya", null, 1).entries().stream().map(AuditEntry::action).toList();
        assertTrue(actions.containsAll(List.of("signed-in", "signed-out", "sign-in-failed")), actions.toString());
    }

    @Test
    void shouldShowTheLogToAdminsWithHostileValuesAsText() {
        String actor = "<script>alert('x')</script>";
        auditLog.recordAs(actor, "test.hostile", "page", "<img src=x onerror=alert(1)>", "<b>bold</b>");
        Document page = WebSession.signIn("ada").page("/admin/audit?action=test.hostile", 200);
        assertEquals("Audit log", page.selectFirst("main h1").text());
        assertNull(page.selectFirst("main script"), "markup in stored values is escaped");
        assertNull(page.selectFirst("main table.audit img"));
        assertTrue(page.select("table.audit tbody tr").stream().anyMatch(r -> r.text().contains(actor)));
        assertEquals("test.hostile", page.selectFirst("#audit-action").attr("value"), "the filter stays in the form");
    }

    @Test
    void shouldFilterByActorAndTreatABadPageNumberAsTheFirstPage() {
        String actor = "filter-" + UUID.randomUUID();
        auditLog.recordAs(actor, "test.filter", "x", "1", null);
        Document page = WebSession.signIn("ada").page("/admin/audit?actor=" + actor + "&page=abc", 200);
        List<String> actors = page.select("table.audit tbody tr td:nth-child(2)").eachText();
        assertEquals(List.of(actor), actors);
        assertNotNull(page.selectFirst("p.result-count"));
    }
}
