package dev.signpost.notifications.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The payloads of each format, and user text that tries to mention, link, format or break the JSON. No Quarkus. */
class ChatPayloadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String URL = "https://signpost.example.com/actions/42";
    private static final String HOSTILE = "<!channel> <@U123> <https://evil|click> *bold* [x](https://evil) \"q\" \\ </b> & @here";

    private static JsonNode parse(ChatFormat format, String title, String body) throws Exception {
        return JSON.readTree(ChatPayloads.json(format, title, body, URL));
    }

    @Test
    void shouldBuildSlackBlocksWithAFallbackTextAndTheLink() throws Exception {
        JsonNode payload = parse(ChatFormat.SLACK, "Action assigned", "Fix the flaky test.\nBy Friday.");
        assertEquals("Action assigned <" + URL + "|Open in Signpost>", payload.get("text").asText());
        assertEquals(1, payload.get("blocks").size());
        JsonNode text = payload.get("blocks").get(0).get("text");
        assertEquals("mrkdwn", text.get("type").asText());
        assertTrue(text.get("verbatim").asBoolean());
        assertEquals("*Action assigned*\nFix the flaky test.\nBy Friday.\n<" + URL + "|Open in Signpost>", text.get("text").asText());
    }

    @Test
    void shouldLeaveOutAnEmptyBody() throws Exception {
        assertEquals("*Title*\n<" + URL + "|Open in Signpost>",
                parse(ChatFormat.SLACK, "Title", "  ").get("blocks").get(0).get("text").get("text").asText());
        assertEquals(1, parse(ChatFormat.TEAMS, "Title", "").get("attachments").get(0).get("content").get("body").size());
    }

    @Test
    void shouldEscapeSlackControlCharactersSoUserTextCannotMentionOrLink() throws Exception {
        JsonNode payload = parse(ChatFormat.SLACK, HOSTILE, HOSTILE);
        String expected = "&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil|click&gt; *bold* [x](https://evil) \"q\" \\ &lt;/b&gt; &amp; @here";
        assertEquals(expected + " <" + URL + "|Open in Signpost>", payload.get("text").asText());
        assertEquals("*" + expected + "*\n" + expected + "\n<" + URL + "|Open in Signpost>",
                payload.get("blocks").get(0).get("text").get("text").asText());
    }

    @Test
    void shouldKeepTheJsonValidWhateverTheTextHolds() throws Exception {
        String breaking = "\"}]} \\\" \u0000\u0007 \u202Egnp.exe\r\n\t{\"text\":\"<!channel>\"}";
        for (ChatFormat format : ChatFormat.values()) {
            JsonNode payload = JSON.readTree(ChatPayloads.json(format, breaking, breaking, URL));
            assertTrue(payload.isObject(), format.toString());
            for (JsonNode text : payload.findValues("text")) {
                assertFalse(text.asText().matches("(?s).*[\u0000\u0007\r\u202E].*"), format + ": control and direction characters are dropped");
            }
        }
        JsonNode slack = parse(ChatFormat.SLACK, breaking, breaking);
        assertEquals("*\"}]} \\\" gnp.exe {\"text\":\"&lt;!channel&gt;\"}*", slack.get("blocks").get(0).get("text").get("text").asText().split("\n")[0],
                "the title is one line");
        assertTrue(slack.get("blocks").get(0).get("text").get("text").asText().contains("gnp.exe\n {\"text\""), "the body keeps its lines");
    }

    @Test
    void shouldEscapeMarkdownAndBreakMentionsForMattermost() throws Exception {
        JsonNode payload = parse(ChatFormat.MATTERMOST, HOSTILE, "line one\nline_two");
        String text = payload.get("text").asText();
        assertEquals("**\\<\\!channel\\> \\<@\u2060U123\\> \\<https\\://evil\\|click\\> \\*bold\\* \\[x\\]\\(https\\://evil\\) \"q\" \\\\ "
                + "\\</b\\> \\& @\u2060here**\nline one\nline\\_two\n[Open in Signpost](" + URL + ")", text);
        assertEquals(1, payload.size(), "Mattermost takes the text alone");
    }

    @Test
    void shouldPutTeamsTextIntoTextRunsWhichTakeNoMarkdown() throws Exception {
        JsonNode card = parse(ChatFormat.TEAMS, HOSTILE, "body *text*").get("attachments").get(0).get("content");
        JsonNode title = card.get("body").get(0);
        assertEquals("RichTextBlock", title.get("type").asText());
        assertEquals(HOSTILE, title.get("inlines").get(0).get("text").asText(), "shown exactly as written");
        assertEquals("bolder", title.get("inlines").get(0).get("weight").asText());
        assertEquals("body *text*", card.get("body").get(1).get("inlines").get(0).get("text").asText());
        assertEquals(URL, card.get("actions").get(0).get("url").asText());
        assertEquals(1, card.get("actions").size());
    }

    @Test
    void shouldCutALongBodyAfterEscapingWithoutSplittingAnEntity() throws Exception {
        String body = "<".repeat(2000);
        String text = parse(ChatFormat.SLACK, "T", body).get("blocks").get(0).get("text").get("text").asText();
        String shown = text.split("\n")[1];
        assertTrue(shown.length() <= ChatPayloads.BODY_LIMIT, String.valueOf(shown.length()));
        assertTrue(shown.endsWith("&lt;…"), shown.substring(shown.length() - 10));
        assertEquals(0, shown.replace("&lt;", "").replace("…", "").length(), "only whole entities");
        String plain = parse(ChatFormat.TEAMS, "T", "é".repeat(3000)).get("attachments").get(0).get("content").get("body").get(1)
                .get("inlines").get(0).get("text").asText();
        assertEquals(ChatPayloads.BODY_LIMIT, plain.length());
        String emoji = ChatText.plain("😀".repeat(1000), 11);
        assertEquals("😀".repeat(5) + "…", emoji, "never half a surrogate pair");
    }

    @Test
    void shouldLinkBackToThePortalWithTheLinkEncoded() {
        assertEquals("https://signpost.example.com/actions/42", ChatPayloads.link("https://signpost.example.com/", "/actions/42"));
        assertEquals("https://portal.example.com/signpost/sigs/a%7Cb%3E%20c?x=1&y=%28z%29",
                ChatPayloads.link("https://portal.example.com/signpost", "/sigs/a|b> c?x=1&y=(z)"));
        assertEquals("https://signpost.example.com/docs/%C3%A9t%C3%A9", ChatPayloads.link("https://signpost.example.com", "/docs/été"));
        assertEquals("https://signpost.example.com/", ChatPayloads.link("https://signpost.example.com", ""));
    }

    @Test
    void shouldEscapeAnAmpersandInTheSlackLink() throws Exception {
        String url = ChatPayloads.link("https://signpost.example.com", "/search?q=a&page=2");
        String text = JSON.readTree(ChatPayloads.json(ChatFormat.SLACK, "T", "", url)).get("text").asText();
        assertEquals("T <https://signpost.example.com/search?q=a&amp;page=2|Open in Signpost>", text);
    }
}
