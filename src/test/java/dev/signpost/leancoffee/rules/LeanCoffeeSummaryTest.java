package dev.signpost.leancoffee.rules;

import dev.signpost.web.MarkdownText;

import dev.signpost.actions.ActionStatus;
import dev.signpost.content.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeanCoffeeSummaryTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    /** Every kind of Markdown and HTML a person could type to take over the page. */
    private static final String HOSTILE = "<script>alert(1)</script> [click](javascript:alert(1)) **bold** __strong__ _em_ "
            + "![img](/i.png) <img src=x onerror=alert(1)> `code` ~~gone~~ &lt;b&gt; [ref][1] <javascript:alert(1)> [x](/docs) "
            + "a|b \\| c [^note]";

    private static Document render(SessionSummary.Session session) {
        return Jsoup.parseBodyFragment(RENDERER.renderFragment(SessionSummary.markdown(session)));
    }

    private static SessionSummary.Topic topic(String title, int votes, TopicState state, String notes, ThumbsTally... rounds) {
        return new SessionSummary.Topic(title, votes, state, notes, List.of(rounds));
    }

    private static SessionSummary.Session session(String title, List<SessionSummary.Topic> topics, List<SessionSummary.Action> actions) {
        return new SessionSummary.Session(title, "Testing & Quality", DAY, List.of("ana", "bo"), topics, actions);
    }

    /** An element's text without the anchor link the renderer appends to headings. */
    private static String text(Element e) {
        Element copy = e.clone();
        copy.select("a.heading-anchor").remove();
        return copy.text();
    }

    private static Elements userLinks(Document doc) {
        return doc.select("a:not(.heading-anchor)");
    }

    @Test
    void shouldWriteTheSessionAsHeadingsListsAndTables() {
        String md = SessionSummary.markdown(new SessionSummary.Session("March", "Testing", DAY, List.of("ana", "bo"),
                List.of(topic("Flaky tests", 5, TopicState.DISCUSSED, "We agreed.", new ThumbsTally(3, 1, 0)),
                        topic("Mocks", 1, TopicState.TO_DISCUSS, "")),
                List.of(new SessionSummary.Action("Quarantine flaky tests", "ana", LocalDate.of(2025, 4, 1), ActionStatus.OPEN))));
        assertEquals("""
                # Lean Coffee: March

                - SIG: Testing
                - Date: 2025-03-04
                - Attendees (2): ana, bo

                ## Topics

                | # | Topic | Dots | State |
                | ---: | --- | ---: | --- |
                | 1 | Flaky tests | 5 | Discussed |
                | 2 | Mocks | 1 | To discuss |

                ### 1. Flaky tests

                - Round 1: 3 up, 1 sideways, 0 down; continue

                > We agreed.

                ## Action items

                | Action | Owner | Due | Status |
                | --- | --- | --- | --- |
                | Quarantine flaky tests | ana | 2025-04-01 | Open |
                """, md);
    }

    @Test
    void shouldRenderTopicsAndActionsAsTablesWithOneRowEach() {
        Document doc = render(session("March", List.of(topic("One", 3, TopicState.DISCUSSED, ""), topic("Two", 1, TopicState.TO_DISCUSS, "")),
                List.of(new SessionSummary.Action("Do it", "bo", null, ActionStatus.IN_PROGRESS))));
        Elements tables = doc.select("table");
        assertEquals(2, tables.size());
        assertEquals(List.of("1", "One", "3", "Discussed"), tables.get(0).select("tbody tr").get(0).select("td").eachText());
        assertEquals(List.of("2", "Two", "1", "To discuss"), tables.get(0).select("tbody tr").get(1).select("td").eachText());
        assertEquals(List.of("Do it", "bo", "", "In progress"), tables.get(1).select("tbody tr td").stream().map(Element::text).toList());
    }

    @Test
    void shouldKeepHostileTitlesAsTextInHeadingsAndCells() {
        Document doc = render(session(HOSTILE, List.of(topic(HOSTILE, 2, TopicState.DISCUSSED, HOSTILE, new ThumbsTally(0, 0, 1))),
                List.of(new SessionSummary.Action(HOSTILE, HOSTILE, DAY, ActionStatus.OPEN))));
        assertEquals(0, doc.select("script, img, strong, em, del, code, sup, iframe").size(), doc.body().html());
        assertEquals(List.of(), userLinks(doc).eachAttr("href"));
        assertEquals("Lean Coffee: " + HOSTILE, text(doc.selectFirst("h1")));
        assertEquals("1. " + HOSTILE, text(doc.selectFirst("h3")));
        Element topicRow = doc.select("table").get(0).selectFirst("tbody tr");
        assertEquals(List.of("1", HOSTILE, "2", "Discussed"), topicRow.select("td").eachText());
        Element actionRow = doc.select("table").get(1).selectFirst("tbody tr");
        assertEquals(List.of(HOSTILE, HOSTILE, "2025-03-04", "Open"), actionRow.select("td").eachText());
        assertEquals(HOSTILE, doc.selectFirst("blockquote").text());
    }

    @Test
    void shouldCollapseLineBreaksInTitlesAndCells() {
        String title = "Real\n# Injected heading\n\n| x | y |\n|---|---|\n| 1 | 2 |";
        Document doc = render(session(title, List.of(topic(title, 1, TopicState.DISCUSSED, "n")),
                List.of(new SessionSummary.Action("a\r\nb", "ana\nbo", DAY, ActionStatus.DONE))));
        String oneLine = "Real # Injected heading | x | y | |---|---| | 1 | 2 |";
        assertEquals(1, doc.select("h1").size());
        assertEquals(List.of("Topics", "Action items"), doc.select("h2").stream().map(LeanCoffeeSummaryTest::text).toList());
        assertEquals("Lean Coffee: " + oneLine, text(doc.selectFirst("h1")));
        assertEquals(2, doc.select("table").size());
        assertEquals(List.of("1", oneLine, "1", "Discussed"), doc.select("table").get(0).select("tbody td").eachText());
        assertEquals(List.of("a b", "ana bo", "2025-03-04", "Done"), doc.select("table").get(1).select("tbody td").eachText());
    }

    @Test
    void shouldRenderMultiLineNotesAsOneQuoteOfPlainLines() {
        List<String> lines = List.of("# not a heading", "- not a list", "+ nor this", "1. nor this", "2) nor this", "> not nested",
                "    not code", "```", "~~~", ":::note", "> [!NOTE]", "!!! warning", "| a | b |", "|---|---|", "not setext", "===",
                "neither", "---", "***", "term", ": not a definition", "[1]: /docs", "<div>not html</div>", "trailing\\");
        String notes = String.join("\n", lines);
        Document doc = render(session("S", List.of(topic("T", 1, TopicState.DISCUSSED, notes)), List.of()));
        Element quote = doc.selectFirst("blockquote");
        assertEquals(1, doc.select("blockquote").size(), doc.body().html());
        assertEquals(List.of("p"), quote.children().stream().map(Element::normalName).toList(), quote.html());
        Element paragraph = quote.child(0);
        assertEquals(0, paragraph.select("*:not(p):not(br)").size(), paragraph.html());
        assertEquals(0, doc.select("h3 ~ *").select("h4, h5, h6, ol, pre, code, hr, dl, aside, details, .adm-block").size());
        assertEquals(List.of(), userLinks(doc).eachAttr("href"));
        assertEquals(lines.size() - 1, paragraph.select("br").size());
        List<String> rendered = paragraph.textNodes().stream().map(t -> t.getWholeText().strip()).toList();
        assertEquals(lines.stream().map(String::strip).toList(), rendered);
    }

    @Test
    void shouldKeepBlankLinesInNotesAsParagraphsOfTheQuote() {
        Document doc = render(session("S", List.of(topic("T", 1, TopicState.DISCUSSED, "First point.\r\n\r\nSecond point.")), List.of()));
        assertEquals(List.of("First point.", "Second point."), doc.select("blockquote > p").eachText());
    }

    @Test
    void shouldShowThumbsPerRoundWithTheirVerdict() {
        Document doc = render(session("S", List.of(topic("T", 1, TopicState.DISCUSSED, "",
                new ThumbsTally(4, 1, 1), new ThumbsTally(2, 0, 2))), List.of()));
        assertEquals(List.of("Round 1: 4 up, 1 sideways, 1 down; continue", "Round 2: 2 up, 0 sideways, 2 down; move on"),
                doc.select("h3 + ul > li").eachText());
    }

    @Test
    void shouldSayWhenThereIsNothingToList() {
        Document doc = render(new SessionSummary.Session("S", "SIG", DAY, List.of(), List.of(), List.of()));
        assertEquals(0, doc.select("table").size());
        assertTrue(doc.select("p").eachText().containsAll(List.of("No topics were proposed.", "No action items.")));
        assertEquals("Attendees (0): none recorded", doc.select("ul > li").get(2).text());
    }

    @Test
    void shouldLeaveTopicsWithoutNotesOrThumbsOutOfTheDetails() {
        Document doc = render(session("S", List.of(topic("Quiet", 0, TopicState.TO_DISCUSS, "  "),
                topic("Talked", 3, TopicState.DISCUSSED, "Yes")), List.of()));
        assertEquals(List.of("2. Talked"), doc.select("h3").stream().map(LeanCoffeeSummaryTest::text).toList());
    }

    @Test
    void shouldEscapeAttendeeNamesAndKeepTheirCount() {
        Document doc = render(new SessionSummary.Session("S", "**SIG**", DAY, List.of("_ana_", "bo*", "<i>cy</i>"), List.of(), List.of()));
        assertEquals(List.of("SIG: **SIG**", "Date: 2025-03-04", "Attendees (3): _ana_, bo*, <i>cy</i>"), doc.select("ul > li").eachText());
        assertEquals(0, doc.select("strong, em, i").size());
    }

    @Test
    void shouldLeaveBareAddressesAsLinksThatShowTheirOwnTarget() {
        Document doc = render(session("S", List.of(topic("T", 1, TopicState.DISCUSSED, "See https://wiki.example/flaky_tests for more.")),
                List.of()));
        Elements links = userLinks(doc);
        assertEquals(1, links.size());
        assertEquals("https://wiki.example/flaky_tests", links.get(0).attr("href"));
        assertEquals(links.get(0).attr("href"), links.get(0).text());
    }

    @Test
    void shouldEscapeEverySpecialCharacter() {
        assertEquals("\\\\ \\` \\* \\_ \\[ \\] \\< \\> \\| \\~ \\& \\! \\#", MarkdownText.line("\\ ` * _ [ ] < > | ~ & ! #"));
        assertEquals("a b", MarkdownText.line(" a \n\t b "));
        assertEquals("> \\- item\n>\n> 3\\. three", MarkdownText.quote("- item\n\n   3. three"));
        assertEquals("", MarkdownText.quote(" \n "));
    }
}
