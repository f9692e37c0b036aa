package dev.signpost.roadmap;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timeline page over the bundled items (the test clock says 2026-11-28: the quarter view runs 2026-Q2 to 2028-Q1). */
@QuarkusTest
class TimelinePageTest {

    private static Document page(String path, int status) {
        Response response = given().redirects().follow(false).get(path);
        assertEquals(status, response.statusCode(), path);
        return Jsoup.parse(response.asString());
    }

    private static Element row(Element svg, String slug) {
        Element row = svg.selectFirst("g.tl-row[data-slug=" + slug + "]");
        assertNotNull(row, slug);
        return row;
    }

    private static String label(Element row) {
        return row.select("text.tl-label tspan").eachText().stream().collect(Collectors.joining(" "));
    }

    @Test
    void shouldDrawTheTimelineByTeamWithTodayAndBars() {
        Element svg = page("/roadmap/timeline", 200).selectFirst("svg.timeline-svg");
        assertEquals(8, svg.select("text.tl-column-label").size(), "eight quarters");
        assertEquals("2026-Q2", svg.selectFirst("text.tl-column-label").text(), "two quarters before today's");
        assertTrue(svg.select("text.tl-team").eachText().containsAll(List.of("ci-platform", "security")));
        Element shutdown = svg.selectFirst("a.tl-item[data-slug=jenkins-shutdown]");
        assertNotNull(shutdown.selectFirst("path.tl-bar"));
        assertTrue(shutdown.hasClass("status-planned"));
        assertTrue(svg.selectFirst("a.tl-item[data-slug=secrets-migration]").hasClass("status-at-risk"));
        assertNotNull(svg.selectFirst("line.tl-today"));
        double readOnlyEnd = end(svg, "jenkins-read-only");
        double shutdownStart = Double.parseDouble(shutdown.selectFirst("path.tl-bar").attr("data-x"));
        assertTrue(readOnlyEnd <= shutdownStart + 2, "shutdown starts the day read-only lands: " + readOnlyEnd + " then " + shutdownStart);
    }

    @Test
    void shouldWrapLongTitlesInsteadOfCuttingThem() {
        Document timeline = page("/roadmap/timeline", 200);
        Element svg = timeline.selectFirst("svg.timeline-svg");
        Element paved = row(svg, "reusable-workflow-library");
        assertEquals("Paved-road equivalents for every Jenkins shared-library step", label(paved));
        assertTrue(paved.select("text.tl-label tspan").size() >= 2, "wrapped onto a second line");
        assertTrue(paved.selectFirst("a.tl-item > title").text().startsWith("Paved-road equivalents for every Jenkins shared-library step;"),
                "the full title is the link's accessible name");
        assertEquals("/roadmap/reusable-workflow-library", paved.selectFirst("a.tl-item").attr("href"));
        for (Element item : svg.select("g.tl-row")) {
            String slug = item.attr("data-slug");
            String title = timeline.selectFirst(".timeline-list li.tl-entry[data-slug=" + slug + "] a.tl-entry-title").text();
            assertEquals(title, label(item), "every label is the whole title: " + slug);
        }
        assertFalse(svg.select("text").stream().anyMatch(t -> t.text().contains("…")), "nothing is cut with an ellipsis");
    }

    @Test
    void shouldGrowARowForEachExtraLineOfItsTitle() {
        Element svg = page("/roadmap/timeline", 200).selectFirst("svg.timeline-svg");
        Element paved = row(svg, "reusable-workflow-library");
        int lines = paved.select("text.tl-label tspan").size();
        assertEquals(Timeline.ROW_HEIGHT + Timeline.LINE_HEIGHT * (lines - 1),
                Double.parseDouble(paved.selectFirst("rect.tl-hit").attr("height")), 0.01);
        List<Double> tops = svg.select("rect.tl-hit").eachAttr("y").stream().map(Double::parseDouble).toList();
        List<Double> heights = svg.select("rect.tl-hit").eachAttr("height").stream().map(Double::parseDouble).toList();
        for (int i = 1; i < tops.size(); i++) {
            assertTrue(tops.get(i) >= tops.get(i - 1) + heights.get(i - 1) - 0.01, "rows do not overlap at row " + i);
        }
    }

    @Test
    void shouldKeepEachDependencyArrowWithBothItemsAndHiddenUntilAskedFor() {
        Document timeline = page("/roadmap/timeline", 200);
        Element svg = timeline.selectFirst("svg.timeline-svg");
        Map<String, List<String>> needs = Map.of(
                "jenkins-read-only", List.of("runner-capacity", "reusable-workflow-library", "secrets-migration", "selenium-to-playwright"),
                "jenkins-shutdown", List.of("jenkins-read-only"));
        needs.forEach((waiting, needed) -> {
            for (String first : needed) {
                String arrow = "[data-from=" + first + "][data-to=" + waiting + "]";
                assertEquals(1, row(svg, waiting).select("path.tl-arrow-in" + arrow).size(), "into " + waiting + " from " + first);
                assertEquals(1, row(svg, first).select("path.tl-arrow-out" + arrow).size(), "out of " + first + " to " + waiting);
            }
        });
        assertEquals(svg.select("path.tl-arrow-in").size(), svg.select("path.tl-arrow-out").size());
        assertEquals(5, row(svg, "reusable-workflow-library").select("path.tl-arrow-out").size(),
                "the library that five items wait for");
        Element figure = timeline.selectFirst("figure.timeline-figure");
        assertFalse(figure.hasClass("deps-all"), "by default only the item in focus shows its arrows");
        assertFalse(timeline.selectFirst("#tl-deps-all").hasAttr("checked"));
        assertTrue(svg.select("path.tl-arrow").stream().allMatch(a -> a.parent().attr("aria-hidden").equals("true")),
                "arrows are drawing only; the list says the same in words");
    }

    @Test
    void shouldRouteAnArrowFromTheEndOfOneBarIntoTheStartOfTheNext() {
        Element svg = page("/roadmap/timeline", 200).selectFirst("svg.timeline-svg");
        Element arrow = row(svg, "load-testing-in-pipeline").selectFirst("path.tl-arrow-in[data-from=runner-capacity]");
        String[] parts = arrow.attr("d").split(" ");
        assertEquals(end(svg, "runner-capacity"), Double.parseDouble(parts[0].substring(1)), 0.11, "leaves the bar's end");
        double start = Double.parseDouble(row(svg, "load-testing-in-pipeline").selectFirst("path.tl-bar").attr("data-x"));
        assertEquals("H" + Timeline.fmt(start), parts[parts.length - 1], "enters the bar's start");
        assertTrue(arrow.attr("d").matches("M[\\d.]+ [\\d.]+( [HV][\\d.]+)+"), "right-angled legs only: " + arrow.attr("d"));
    }

    @Test
    void shouldDropAnArrowOntoABarThatStartsTheDayTheOtherEnds() {
        Element svg = page("/roadmap/timeline", 200).selectFirst("svg.timeline-svg");
        Element shutdown = row(svg, "jenkins-shutdown");
        String[] parts = shutdown.selectFirst("path.tl-arrow-in[data-from=jenkins-read-only]").attr("d").split(" ");
        double top = Double.parseDouble(shutdown.selectFirst("rect.tl-hit").attr("y"));
        boolean below = top > Double.parseDouble(row(svg, "jenkins-read-only").selectFirst("rect.tl-hit").attr("y"));
        double edge = below ? top + 4 : top + 4 + Timeline.BAR_HEIGHT;
        assertEquals("V" + Timeline.fmt(edge), parts[parts.length - 1], "onto the bar's edge, not back through the other");
        assertEquals(4, parts.length, "one elbow");
    }

    @Test
    void shouldShowEveryArrowWithDepsAllAndKeepItAcrossZooms() {
        Document all = page("/roadmap/timeline?deps=all&team=ci-platform", 200);
        assertTrue(all.selectFirst("figure.timeline-figure").hasClass("deps-all"));
        assertTrue(all.selectFirst("#tl-deps-all").hasAttr("checked"));
        assertEquals("/roadmap/timeline?zoom=year&deps=all&team=ci-platform",
                all.select("nav.zoom-switch a").get(1).attr("href"), "the years keep every arrow and the filter");
        Element form = all.selectFirst("form.tl-deps-toggle");
        assertEquals("ci-platform", form.selectFirst("input[type=hidden][name=team]").val(), "unticking keeps the filter");
        assertEquals("get", form.attr("method"));
    }

    @Test
    void shouldRefuseAnUnknownDependencyChoiceAndZoomWithTheirValuesEscaped() {
        Document bad = page("/roadmap/timeline?deps=<script>some</script>", 400);
        assertTrue(bad.selectFirst("p.form-error").text().contains("\"<script>some</script>\" is not a choice"),
                bad.selectFirst("p.form-error").text());
        assertTrue(bad.select("main script").isEmpty(), "escaped");
        assertNotNull(bad.selectFirst("svg.timeline-svg"), "the chart is still drawn");
        Document zoom = page("/roadmap/timeline?zoom=decade", 400);
        assertTrue(zoom.selectFirst("p.form-error").text().contains("\"decade\""));
        Document years = page("/roadmap/timeline?zoom=year&team=ci-platform", 200);
        assertTrue(years.select("text.tl-column-label").eachText().containsAll(List.of("2025", "2026", "2027")));
        assertEquals(List.of("ci-platform"), years.select("text.tl-team").eachText(), "the filter applies");
        assertEquals("/roadmap/timeline?team=ci-platform", years.selectFirst("nav.zoom-switch a").attr("href"));
    }

    @Test
    void shouldClipTheBarOfAnItemThatBeganBeforeTheView() {
        Element svg = page("/roadmap/timeline", 200).selectFirst("svg.timeline-svg");
        Element selenium = row(svg, "selenium-to-playwright");
        Element bar = selenium.selectFirst("path.tl-bar");
        assertTrue(bar.hasClass("tl-continues-before") && bar.hasClass("tl-within"), bar.className());
        assertEquals(Timeline.fmt(Timeline.LABEL_WIDTH), bar.attr("data-x"), "clipped at the left edge");
        assertTrue(bar.attr("d").contains(" L" + Timeline.fmt(Timeline.LABEL_WIDTH) + " "), "a pointed left end: " + bar.attr("d"));
        assertTrue(selenium.selectFirst("title").text().contains("2025-Q1 to Fri 18 Dec 2026 (began before this view)"),
                selenium.selectFirst("title").text());

        Element scanning = row(svg, "security-scanning-in-ci");
        Element stub = scanning.selectFirst("path.tl-bar");
        assertTrue(stub.hasClass("tl-before"), "wholly before the view, it still gets a bar at the edge");
        assertEquals("ended Mon 3 Mar 2025", scanning.selectFirst("text.tl-bar-note").text());
        assertTrue(scanning.selectFirst("title").text().contains("2024-Q4 to Mon 3 Mar 2025 (before this view)"));
        assertNull(row(svg, "jenkins-shutdown").selectFirst(".tl-continues-before"), "an item inside the view is not clipped");
    }

    @Test
    void shouldListTheSameItemsByTargetQuarterWithBadgesDatesAndDependencies() {
        Document timeline = page("/roadmap/timeline", 200);
        List<String> quarters = timeline.select(".timeline-list section.tl-quarter").eachAttr("data-quarter");
        assertEquals(quarters.stream().sorted().toList(), quarters, "earliest first");
        assertTrue(quarters.containsAll(List.of("2025-Q1", "2026-Q4", "2027-Q1")), quarters.toString());
        assertEquals(timeline.select("svg g.tl-row").size(), timeline.select(".timeline-list li.tl-entry").size(), "every item once");
        Element now = timeline.selectFirst("section.tl-quarter[data-quarter=2026-Q4] h3");
        assertEquals("(this quarter)", now.selectFirst(".tl-when").text());
        Element shutdown = timeline.selectFirst("section.tl-quarter[data-quarter=2027-Q1] li.tl-entry[data-slug=jenkins-shutdown]");
        assertNotNull(shutdown, "listed under its target's quarter");
        assertEquals("/roadmap/jenkins-shutdown", shutdown.selectFirst("a.tl-entry-title").attr("href"));
        Element badge = shutdown.selectFirst(".status-badge");
        assertTrue(badge.hasClass("status-planned"));
        assertEquals("Planned", badge.text());
        assertEquals("Fri 15 Jan 2027 to Wed 31 Mar 2027", shutdown.selectFirst(".tl-dates").text());
        assertEquals(List.of("/roadmap/jenkins-read-only"), shutdown.select(".tl-waits a").eachAttr("href"));
        assertEquals("Jenkins becomes read-only", shutdown.selectFirst(".tl-waits a").text());
    }

    private static double end(Element svg, String slug) {
        Element bar = svg.selectFirst("a.tl-item[data-slug=" + slug + "] path.tl-bar");
        return Double.parseDouble(bar.attr("data-x")) + Double.parseDouble(bar.attr("data-width"));
    }
}
