package dev.signpost.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.signpost.content.ContentProblem;
import dev.signpost.content.Document;
import dev.signpost.content.DocumentParser;
import dev.signpost.content.ReviewInterval;
import dev.signpost.content.markdown.MarkdownRenderer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignParserTest {

    private static final CampaignParser.Known KNOWN = new CampaignParser.Known(Map.of("jenkins", "Jenkins", "github-actions", "GitHub Actions"),
            Set.of("code-deployment"), Set.of("jenkins-shutdown"));

    private static Document doc(String text) throws Exception {
        return new DocumentParser(new MarkdownRenderer(), ReviewInterval.parse("180d"))
                .parse("campaigns/move.md", text.getBytes(StandardCharsets.UTF_8), new Document.FileStamp(text.length(), Instant.EPOCH)).document();
    }

    private static final String GOOD = """
            ---
            title: Move off Jenkins
            from: jenkins
            to: github-actions.md
            start: 2026-01-05
            target: 2027-Q1
            sig: code-deployment
            roadmap: jenkins-shutdown
            repositories: {tags: [service], lifecycle: production}
            checks:
              - {title: No Jenkinsfile, absent: "**/Jenkinsfile"}
            ---
            Guidance.
            """;

    @Test
    void readsEveryKey() throws Exception {
        CampaignParser.Parsed parsed = CampaignParser.parse("move", doc(GOOD), KNOWN);

        assertEquals(List.of(), parsed.problems());
        Campaign c = parsed.campaign().orElseThrow();
        assertEquals("github-actions", c.toTool());
        assertEquals("GitHub Actions", c.toTitle());
        assertEquals(LocalDate.of(2027, 3, 31), c.target(), "a quarter's last day");
        assertEquals(52, c.weeks());
        assertTrue(c.scope().includes(new Repository("a", "https://x/a.git", "t", List.of("service"), "production", "")));
        assertTrue(!c.scope().includes(new Repository("b", "https://x/b.git", "t", List.of("library"), "production", "")));
    }

    @Test
    void theVersionChangesWithTheChecksOnly() throws Exception {
        String v1 = CampaignParser.parse("move", doc(GOOD), KNOWN).campaign().orElseThrow().version();
        assertEquals(v1, CampaignParser.parse("move", doc(GOOD.replace("Guidance.", "Other words.")), KNOWN).campaign().orElseThrow().version());
        assertNotEquals(v1, CampaignParser.parse("move", doc(GOOD.replace("**/Jenkinsfile", "Jenkinsfile")), KNOWN).campaign().orElseThrow().version());
    }

    @Test
    void whatMakesACampaignUnusableIsAnErrorAndSmallerMistakesAreWarnings() throws Exception {
        CampaignParser.Parsed broken = CampaignParser.parse("move", doc(GOOD.replace("from: jenkins", "from: hudson")
                .replace("start: 2026-01-05", "start: soon")), KNOWN);
        assertTrue(broken.campaign().isEmpty());
        assertEquals(List.of("'from' names 'hudson', but there is no tools/hudson.md.", "'start' must be the day the campaign began, as YYYY-MM-DD."),
                broken.problems().stream().filter(ContentProblem::fatal).map(ContentProblem::message).toList());

        CampaignParser.Parsed warned = CampaignParser.parse("move", doc(GOOD.replace("sig: code-deployment", "sig: nope")
                .replace("target: 2027-Q1", "target: next year")), KNOWN);
        assertTrue(warned.campaign().isPresent());
        assertEquals(2, warned.problems().size());
        assertTrue(warned.problems().stream().noneMatch(ContentProblem::fatal));
        assertEquals("", warned.campaign().get().sig());
    }
}
