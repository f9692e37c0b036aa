package dev.signpost.actions;

import dev.signpost.people.KnownNames;
import dev.signpost.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure rules of action items: transitions, who may do what, days overdue, the tracker's filters and the form's checks. */
class ActionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Set<String> SIGS = Set.of("code-deployment", "testing-quality", "developer-experience");
    private static final BiPredicate<ActionSource, String> KNOWN_SOURCES = (type, ref) ->
            type == ActionSource.FEEDBACK && "42".equals(ref) || type == ActionSource.ROADMAP && "secrets-migration".equals(ref);

    /** The directory of these tests: every user name the pattern tests accept is someone who signed in. */
    private static final KnownNames PEOPLE = new KnownNames(Stream.of("alice", "sam", "first.last", "first.last@example.com", "j_doe-2",
            "ops+oncall@example.com", "Éva", "用户", "x".repeat(100)).map(u -> new KnownNames.Known(u, u, List.of())).toList(),
            new java.util.TreeSet<>(Set.of("ci-platform")));
    private static final List<String> ENGINEER = List.of(Roles.ENGINEER);
    private static final List<String> SIG_MEMBER = List.of(Roles.ENGINEER, Roles.SIG_MEMBER);
    private static final List<String> MANAGER = List.of(Roles.ENGINEER, Roles.MANAGER);
    private static final List<String> ADMIN_ONLY = List.of(Roles.ADMIN);
    private static final List<String> ADMIN = List.of(Roles.ENGINEER, Roles.SIG_MEMBER, Roles.MANAGER, Roles.ADMIN);

    // --- status transitions

    static Stream<Arguments> everyPairOfStatuses() {
        List<Arguments> pairs = new ArrayList<>();
        for (ActionStatus from : ActionStatus.values()) {
            for (ActionStatus to : ActionStatus.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    /** Unfinished items move anywhere else; done and dropped only back to open; nothing moves to itself. */
    private static boolean allowed(ActionStatus from, ActionStatus to) {
        if (from == to) {
            return false;
        }
        boolean finished = from == ActionStatus.DONE || from == ActionStatus.DROPPED;
        return !finished || to == ActionStatus.OPEN;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStatuses")
    void shouldAllowExactlyTheTransitionsOfTheWorkflow(ActionStatus from, ActionStatus to) {
        assertEquals(allowed(from, to), from.next().contains(to), from + " -> " + to);
        Optional<String> refusal = ActionRules.refusal(from, to, "Because the vendor is late.");
        assertEquals(allowed(from, to), refusal.isEmpty(), from + " -> " + to + ": " + refusal);
    }

    @Test
    void shouldListTheNextStatusesOfEachStatus() {
        assertEquals(Set.of(ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED, ActionStatus.DONE, ActionStatus.DROPPED), ActionStatus.OPEN.next());
        assertEquals(Set.of(ActionStatus.OPEN, ActionStatus.BLOCKED, ActionStatus.DONE, ActionStatus.DROPPED), ActionStatus.IN_PROGRESS.next());
        assertEquals(Set.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.DROPPED), ActionStatus.BLOCKED.next());
        assertEquals(Set.of(ActionStatus.OPEN), ActionStatus.DONE.next());
        assertEquals(Set.of(ActionStatus.OPEN), ActionStatus.DROPPED.next());
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = { "BLOCKED", "DROPPED" })
    void shouldRefuseBlockingOrDroppingWithoutAReason(ActionStatus to) {
        String expected = "Say why the item is " + to.label().toLowerCase(java.util.Locale.ROOT) + " in the comment.";
        assertEquals(Optional.of(expected), ActionRules.refusal(ActionStatus.OPEN, to, null));
        assertEquals(Optional.of(expected), ActionRules.refusal(ActionStatus.OPEN, to, ""));
        assertEquals(Optional.of(expected), ActionRules.refusal(ActionStatus.IN_PROGRESS, to, " \n\t "));
        assertEquals(Optional.empty(), ActionRules.refusal(ActionStatus.IN_PROGRESS, to, "Waiting for the vendor."));
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = { "OPEN", "IN_PROGRESS", "DONE" })
    void shouldNotAskForAReasonForOtherChanges(ActionStatus to) {
        ActionStatus from = to == ActionStatus.OPEN ? ActionStatus.BLOCKED : ActionStatus.OPEN;
        assertEquals(Optional.empty(), ActionRules.refusal(from, to, null));
        assertFalse(to.needsReason());
    }

    @ParameterizedTest
    @EnumSource(ActionStatus.class)
    void shouldSayAnItemIsAlreadyInTheStatus(ActionStatus status) {
        assertEquals(Optional.of("The item is already " + status.label().toLowerCase(java.util.Locale.ROOT) + "."),
                ActionRules.refusal(status, status, "a comment does not help"));
    }

    @Test
    void shouldOnlyReopenFinishedItems() {
        assertEquals(Optional.of("A done item can only be reopened, not set to in progress."),
                ActionRules.refusal(ActionStatus.DONE, ActionStatus.IN_PROGRESS, null));
        assertEquals(Optional.of("A dropped item can only be reopened, not set to done."),
                ActionRules.refusal(ActionStatus.DROPPED, ActionStatus.DONE, null));
        assertEquals(Optional.of("A done item can only be reopened, not set to dropped."),
                ActionRules.refusal(ActionStatus.DONE, ActionStatus.DROPPED, "with a reason"),
                "the finished rule comes before the reason rule");
        assertEquals(Optional.empty(), ActionRules.refusal(ActionStatus.DONE, ActionStatus.OPEN, null));
        assertEquals(Optional.empty(), ActionRules.refusal(ActionStatus.DROPPED, ActionStatus.OPEN, null));
    }

    @Test
    void shouldReadStatusCodesAsTheFormsSendThem() {
        assertEquals(Optional.of(ActionStatus.IN_PROGRESS), ActionStatus.of("in-progress"));
        assertEquals(Optional.of(ActionStatus.IN_PROGRESS), ActionStatus.of(" IN_PROGRESS "));
        assertEquals(Optional.of(ActionStatus.DROPPED), ActionStatus.of("Dropped"));
        assertEquals(Optional.empty(), ActionStatus.of("closed"));
        assertEquals(Optional.empty(), ActionStatus.of(""));
        assertEquals(Optional.empty(), ActionStatus.of(null));
        assertEquals("in-progress", ActionStatus.IN_PROGRESS.code());
        assertEquals(List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED), ActionStatus.unfinished());
    }

    // --- who may do what

    @Test
    void shouldLetOnlySigMembersAndAdminsCreateAndEdit() {
        assertFalse(ActionRules.canCreate(ENGINEER), "engineer");
        assertFalse(ActionRules.canCreate(MANAGER), "manager");
        assertFalse(ActionRules.canCreate(List.of()), "no role");
        assertTrue(ActionRules.canCreate(SIG_MEMBER), "sig-member");
        assertTrue(ActionRules.canCreate(ADMIN), "admin");
        assertTrue(ActionRules.canCreate(ADMIN_ONLY), "admin without the implied roles");

        assertFalse(ActionRules.canEdit(ENGINEER), "engineer");
        assertFalse(ActionRules.canEdit(MANAGER), "manager");
        assertTrue(ActionRules.canEdit(SIG_MEMBER), "sig-member");
        assertTrue(ActionRules.canEdit(ADMIN), "admin");
        assertTrue(ActionRules.canEdit(ADMIN_ONLY), "admin without the implied roles");
    }

    @Test
    void shouldLetTheOwnerSigMembersAndAdminsChangeTheStatus() {
        assertTrue(ActionRules.canChangeStatus("alice", ENGINEER, "alice"), "the owner, an engineer");
        assertFalse(ActionRules.canChangeStatus("alice", ENGINEER, "bob"), "another engineer");
        assertFalse(ActionRules.canChangeStatus("maya", MANAGER, "alice"), "a manager who does not own it");
        assertTrue(ActionRules.canChangeStatus("maya", MANAGER, "maya"), "a manager who owns it");
        assertTrue(ActionRules.canChangeStatus("sam", SIG_MEMBER, "alice"), "a sig-member");
        assertTrue(ActionRules.canChangeStatus("ada", ADMIN, "alice"), "an admin");
        assertTrue(ActionRules.canChangeStatus("ada", ADMIN_ONLY, "alice"), "an admin without the implied roles");
        assertFalse(ActionRules.canChangeStatus(null, ENGINEER, "alice"), "nobody");
        assertFalse(ActionRules.canChangeStatus(null, List.of(), null), "nobody, for an item without owner");
        assertFalse(ActionRules.canChangeStatus("Alice", ENGINEER, "alice"), "user names are compared exactly");
    }

    @Test
    void shouldLetEveryoneSignedInCommentAndNobodyElse() {
        assertTrue(ActionRules.canComment(true));
        assertFalse(ActionRules.canComment(false));
    }

    // --- days overdue

    @Test
    void shouldCountDaysOverdueOnlyForUnfinishedItemsPastTheirDueDate() {
        assertEquals(1, ActionRules.daysOverdue(TODAY.minusDays(1), ActionStatus.OPEN, TODAY), "due yesterday");
        assertEquals(0, ActionRules.daysOverdue(TODAY, ActionStatus.OPEN, TODAY), "due today");
        assertEquals(0, ActionRules.daysOverdue(TODAY.plusDays(3), ActionStatus.OPEN, TODAY), "due later");
        assertEquals(0, ActionRules.daysOverdue(null, ActionStatus.OPEN, TODAY), "no due date");
        assertEquals(30, ActionRules.daysOverdue(LocalDate.of(2026, 10, 29), ActionStatus.BLOCKED, TODAY), "across a month");
        assertEquals(366, ActionRules.daysOverdue(LocalDate.of(2025, 11, 27), ActionStatus.IN_PROGRESS, TODAY), "a year and a day");
        assertEquals(0, ActionRules.daysOverdue(TODAY.minusDays(10), ActionStatus.DONE, TODAY), "done");
        assertEquals(0, ActionRules.daysOverdue(TODAY.minusDays(10), ActionStatus.DROPPED, TODAY), "dropped");
    }

    @Test
    void shouldCountDaysOverdueOnTheItemToo() {
        ActionItem item = new ActionItem();
        item.status = ActionStatus.OPEN;
        item.dueOn = TODAY.minusDays(4);
        assertEquals(4, item.daysOverdue(TODAY));
        item.status = ActionStatus.DONE;
        assertEquals(0, item.daysOverdue(TODAY));
    }

    // --- the tracker's filters

    private static ActionFilter.Checked check(ActionFilter filter, List<String> problems) {
        return filter.check("sam", TODAY, problems);
    }

    private static ActionFilter filter(String sig, String owner, String status, String due, String overdue, String source, String q,
            String sort) {
        return new ActionFilter(sig, owner, status, due, overdue, source, q, sort);
    }

    @Test
    void shouldShowUnfinishedItemsByDueDateWithoutFilters() {
        List<String> problems = new ArrayList<>();
        ActionFilter.Checked checked = check(ActionFilter.NONE, problems);
        assertEquals(List.of(), problems);
        assertEquals(ActionStatus.unfinished(), checked.statuses());
        assertNull(checked.sig());
        assertNull(checked.owner());
        assertNull(checked.dueFrom());
        assertNull(checked.dueUntil());
        assertFalse(checked.noDue());
        assertFalse(checked.overdue());
        assertNull(checked.source());
        assertFalse(checked.noSource());
        assertNull(checked.text());
        assertEquals("due", checked.sort());
        assertEquals(TODAY, checked.today());
    }

    @Test
    void shouldReadEachFilter() {
        List<String> problems = new ArrayList<>();
        ActionFilter.Checked checked = check(filter(" code-deployment ", "@me", "blocked", "week", "TRUE", "roadmap", "  runner  ", "Title"),
                problems);
        assertEquals(List.of(), problems);
        assertEquals("code-deployment", checked.sig());
        assertEquals("sam", checked.owner(), "@me is the current user");
        assertEquals(List.of(ActionStatus.BLOCKED), checked.statuses());
        assertEquals(TODAY, checked.dueFrom());
        assertEquals(TODAY.plusDays(7), checked.dueUntil());
        assertTrue(checked.overdue());
        assertEquals(ActionSource.ROADMAP, checked.source());
        assertEquals("runner", checked.text());
        assertEquals("title", checked.sort());

        ActionFilter.Checked other = check(filter("", "alice", "all", "month", "false", "none", " ", "updated"), problems);
        assertEquals(List.of(), problems);
        assertNull(other.sig(), "blank means no filter");
        assertEquals("alice", other.owner());
        assertEquals(List.of(ActionStatus.values()), other.statuses());
        assertEquals(TODAY.plusDays(30), other.dueUntil());
        assertFalse(other.overdue());
        assertTrue(other.noSource());
        assertNull(other.source());
        assertNull(other.text());
        assertEquals("updated", other.sort());

        ActionFilter.Checked third = check(filter(null, null, "active", "none", null, "lean-coffee", null, "created"), problems);
        assertEquals(List.of(), problems);
        assertEquals(ActionStatus.unfinished(), third.statuses());
        assertTrue(third.noDue());
        assertNull(third.dueFrom());
        assertEquals(ActionSource.LEAN_COFFEE, third.source());
        assertEquals("created", third.sort());
    }

    @Test
    void shouldNameEveryFilterValueThatMeansNothing() {
        List<String> problems = new ArrayList<>();
        ActionFilter.Checked checked = check(filter(null, null, "closed", "soon", "yes", "chat", null, "priority"), problems);
        assertEquals(4 + 1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("\"closed\"") && problems.get(0).contains("open, in-progress, blocked, done, dropped"),
                problems.get(0));
        assertTrue(problems.get(1).contains("\"soon\""), problems.get(1));
        assertTrue(problems.get(2).contains("\"yes\""), problems.get(2));
        assertTrue(problems.get(3).contains("\"chat\""), problems.get(3));
        assertTrue(problems.get(4).contains("\"priority\""), problems.get(4));
        assertEquals(ActionStatus.unfinished(), checked.statuses(), "falls back to the default");
        assertEquals("due", checked.sort(), "falls back to the default");
        assertNull(checked.dueFrom());
        assertFalse(checked.overdue());
        assertNull(checked.source());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ALL", "Active", "done,open", "<script>" })
    void shouldRefuseStatusesThatAreNoStatus(String status) {
        List<String> problems = new ArrayList<>();
        check(filter(null, null, status, null, null, null, null, null), problems);
        assertEquals(1, problems.size(), status + ": " + problems);
    }

    @Test
    void shouldKeepTheFiltersInLinks() {
        ActionFilter filter = filter("code-deployment", "@me", null, null, "true", null, "a&b", null);
        assertEquals("/actions?sig=code-deployment&owner=%40me&overdue=true&q=a%26b", filter.href());
        assertEquals("/actions/export.csv?sig=code-deployment&owner=%40me&overdue=true&q=a%26b", filter.csvHref());
        assertEquals("/actions?sig=code-deployment&owner=%40me&status=done&overdue=true&q=a%26b", filter.with("status", "done"));
        assertEquals("/actions", ActionFilter.NONE.href());
    }

    // --- the form's checks

    private static ActionDraft draft(String title, String details, String owner, String due, String sig, String source, String ref) {
        return new ActionDraft(title, details, owner, due, sig, source, ref, Map.of());
    }

    private static ActionDraft checkedNew(ActionDraft draft) {
        return draft.checked(TODAY, true, SIGS, KNOWN_SOURCES, PEOPLE);
    }

    @Test
    void shouldAcceptACompleteDraft() {
        ActionDraft checked = checkedNew(draft("  Publish the runner SLO  ", "Details\r\nin *Markdown*", " alice ", "2026-12-15",
                "code-deployment", "roadmap", "secrets-migration"));
        assertTrue(checked.valid(), checked.errors().toString());
        assertEquals("Publish the runner SLO", checked.title());
        assertEquals("Details\nin *Markdown*", checked.details());
        assertEquals("alice", checked.owner());
        assertEquals(LocalDate.of(2026, 12, 15), checked.dueDay());
        assertTrue(checkedNew(draft("Ada", "", "first.last@example.com", "", "", "", "")).valid(), "the least a draft needs");
    }

    @Test
    void shouldCheckTheTitleLength() {
        assertEquals("Give the item a title of at least 3 characters: what will be done.",
                checkedNew(draft("  ab  ", "", "alice", "", "", "", "")).error("title"));
        assertTrue(checkedNew(draft("", "", "alice", "", "", "", "")).hasError("title"));
        assertFalse(checkedNew(draft("abc", "", "alice", "", "", "", "")).hasError("title"));
        assertFalse(checkedNew(draft("x".repeat(200), "", "alice", "", "", "", "")).hasError("title"));
        assertEquals("The title has 201 characters; the limit is 200.",
                checkedNew(draft("x".repeat(201), "", "alice", "", "", "", "")).error("title"));
    }

    @Test
    void shouldCheckTheDetailsLengthWithLineBreaksAsOneCharacter() {
        assertFalse(checkedNew(draft("Title", "x".repeat(10_000), "alice", "", "", "", "")).hasError("details"));
        assertFalse(checkedNew(draft("Title", ("x".repeat(99) + "\r\n").repeat(100).strip(), "alice", "", "", "", "")).hasError("details"));
        assertEquals("The details have 10001 characters; the limit is 10000.",
                checkedNew(draft("Title", "x".repeat(10_001), "alice", "", "", "", "")).error("details"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "<script>alert(1)</script>", "<script>", "alice bob", "al\"ice", "alice;drop", "a/b", "'; --", "x\ny",
            "@me!", "éva#1" })
    void shouldRefuseOwnersThatAreNoUserName(String owner) {
        ActionDraft checked = checkedNew(draft("Title", "", owner, "", "", "", ""));
        assertTrue(checked.hasError("owner"), owner);
        assertTrue(checked.error("owner").contains("is not a user name"), checked.error("owner"));
        assertEquals(1, checked.errors().size(), checked.errors().toString());
    }

    @Test
    void shouldAcceptUserNamesAsIdentityProvidersIssueThem() {
        for (String owner : List.of("alice", "first.last", "j_doe-2", "ops+oncall@example.com", "Éva", "用户", "x".repeat(100))) {
            assertFalse(checkedNew(draft("Title", "", owner, "", "", "", "")).hasError("owner"), owner);
        }
        assertTrue(checkedNew(draft("Title", "", "x".repeat(101), "", "", "", "")).hasError("owner"), "101 characters");
        assertEquals("Name the person or team who owns the item (a user name or a team name).",
                checkedNew(draft("Title", "", "   ", "", "", "", "")).error("owner"));
    }

    @Test
    void shouldRefuseAnOwnerNoOneKnowsNamingTheClosestPerson() {
        ActionDraft checked = checkedNew(draft("Title", "", "alcie", "", "", "", ""));
        assertEquals("No one called 'alcie' — did you mean alice?", checked.error("owner"));
        assertEquals("alcie", checked.owner(), "what was typed is kept for the form");
    }

    @Test
    void shouldAcceptATeamAsOwnerAndSpellKnownNamesAsTheDirectoryDoes() {
        assertTrue(checkedNew(draft("Title", "", "ci-platform", "", "", "", "")).valid());
        assertEquals("ci-platform", checkedNew(draft("Title", "", "CI-Platform", "", "", "", "")).owner());
        assertEquals("alice", checkedNew(draft("Title", "", "Alice", "", "", "", "")).owner());
    }

    @Test
    void shouldLetAnEditKeepAnOwnerThatPredatesTheDirectory() {
        ActionDraft old = draft("Title", "", "bob", "", "", "", "");
        assertTrue(old.checked(TODAY, false, SIGS, KNOWN_SOURCES, PEOPLE.alsoAccepting("bob")).valid());
        assertTrue(old.checked(TODAY, false, SIGS, KNOWN_SOURCES, PEOPLE.alsoAccepting("carol")).hasError("owner"),
                "only the stored owner may stay unknown");
    }

    @Test
    void shouldSayWhenADraftHasNoDueDate() {
        assertTrue(checkedNew(draft("Title", "", "alice", "", "", "", "")).withoutDueDate());
        assertFalse(checkedNew(draft("Title", "", "alice", "2026-12-01", "", "", "")).withoutDueDate());
    }

    @Test
    void shouldRefuseAPastDueDateForNewItemsButNotForEdits() {
        ActionDraft yesterday = draft("Title", "", "alice", "2026-11-27", "", "", "");
        assertEquals("The due date 2026-11-27 is in the past.", checkedNew(yesterday).error("due"));
        assertTrue(yesterday.checked(TODAY, false, SIGS, KNOWN_SOURCES, PEOPLE).valid(), "an edit may keep or set a past date");
        assertFalse(checkedNew(draft("Title", "", "alice", "2026-11-28", "", "", "")).hasError("due"), "today is fine");
    }

    @Test
    void shouldRefuseDueDatesThatAreNoDateOrYearsAway() {
        assertEquals("\"next week\" is not a date; write it as YYYY-MM-DD.",
                checkedNew(draft("Title", "", "alice", "next week", "", "", "")).error("due"));
        assertTrue(checkedNew(draft("Title", "", "alice", "2026-02-30", "", "", "")).hasError("due"), "no such day");
        assertTrue(checkedNew(draft("Title", "", "alice", "28.11.2026", "", "", "")).hasError("due"));
        assertFalse(checkedNew(draft("Title", "", "alice", "2036-12-31", "", "", "")).hasError("due"), "ten years on");
        assertEquals("The due date 2037-01-01 is more than ten years away; check the year.",
                checkedNew(draft("Title", "", "alice", "2037-01-01", "", "", "")).error("due"));
        assertNull(draft("Title", "", "alice", "soon", "", "", "").dueDay());
    }

    @Test
    void shouldRefuseAnUnknownSig() {
        assertEquals("There is no SIG \"platform\".", checkedNew(draft("Title", "", "alice", "", "platform", "", "")).error("sig"));
        assertFalse(checkedNew(draft("Title", "", "alice", "", "testing-quality", "", "")).hasError("sig"));
        assertFalse(checkedNew(draft("Title", "", "alice", "", "", "", "")).hasError("sig"), "no SIG is fine");
    }

    @Test
    void shouldCheckTheSource() {
        assertEquals("Unknown source \"email\".", checkedNew(draft("Title", "", "alice", "", "", "email", "1")).error("source"));
        assertEquals("There is no feedback \"43\".", checkedNew(draft("Title", "", "alice", "", "", "feedback", "43")).error("source"));
        assertEquals("There is no roadmap item \"no-such-item\".",
                checkedNew(draft("Title", "", "alice", "", "", "roadmap", "no-such-item")).error("source"));
        assertTrue(checkedNew(draft("Title", "", "alice", "", "", "feedback", "")).hasError("source"), "a source needs a reference");
        assertFalse(checkedNew(draft("Title", "", "alice", "", "", "feedback", "42")).hasError("source"));
        assertFalse(checkedNew(draft("Title", "", "alice", "", "", "roadmap", "secrets-migration")).hasError("source"));
        assertFalse(checkedNew(draft("Title", "", "alice", "", "", "", "ignored")).hasError("source"), "no source, no check");
    }

    @Test
    void shouldKeepEverythingTypedWhenRefused() {
        ActionDraft refused = checkedNew(draft("ab", "the *details*", "<script>", "yesterday", "nope", "email", "7"));
        assertEquals(Set.of("title", "owner", "due", "sig", "source"), refused.errors().keySet());
        assertEquals("ab", refused.title());
        assertEquals("the *details*", refused.details());
        assertEquals("<script>", refused.owner());
        assertEquals("yesterday", refused.due());
        assertEquals("nope", refused.sig());
        assertEquals("email", refused.source());
        assertEquals("7", refused.sourceRef());
    }
}
