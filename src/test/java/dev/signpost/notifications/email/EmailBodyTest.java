package dev.signpost.notifications.email;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailBodyTest {

    private static final String PORTAL = "https://signpost.example";

    private static List<List<String>> texts(EmailBody body) {
        return body.paragraphs().stream().map(p -> p.lines().stream().map(EmailBody.Line::text).toList()).toList();
    }

    @Test
    void shouldSplitParagraphsAtBlankLinesWhateverTheLineEndings() {
        EmailBody body = EmailBody.of("First line\r\nsecond line\r\n\r\n\n  Next paragraph  \rlast\u2028after a separator\n\n", PORTAL);
        assertEquals(List.of(List.of("First line", "second line"), List.of("Next paragraph", "last", "after a separator")), texts(body));
    }

    @Test
    void shouldMarkOnlyALineThatIsExactlyALinkIntoThePortal() {
        EmailBody body = EmailBody.of("""
                https://signpost.example/actions/42
                See https://signpost.example/actions/42
                https://evil.example/actions/42
                https://signpost.example.evil.example/x
                https://signpost.example/x"><script>alert(1)</script>
                javascript:alert(1)""", PORTAL);
        List<EmailBody.Line> lines = body.paragraphs().get(0).lines();
        assertEquals(List.of(true, false, false, false, false, false), lines.stream().map(EmailBody.Line::link).toList());
    }

    @Test
    void shouldDropControlAndBidiOverrideCharactersButKeepText() {
        EmailBody body = EmailBody.of("Bell\u0007 and\tescape\u001b[31m red \u202Egnp.exe\u202C done", PORTAL);
        assertEquals(List.of(List.of("Bell and escape[31m red gnp.exe done")), texts(body));
    }

    @Test
    void shouldKeepMarkupAsTextForTheTemplatesToEscape() {
        EmailBody body = EmailBody.of("<script>alert(1)</script>\nBcc: evil@example.com", PORTAL);
        assertEquals(List.of(List.of("<script>alert(1)</script>", "Bcc: evil@example.com")), texts(body));
        assertFalse(body.paragraphs().get(0).lines().get(0).link());
    }

    @Test
    void shouldBeEmptyForNoText() {
        assertTrue(EmailBody.of("", PORTAL).isEmpty());
        assertTrue(EmailBody.of(null, PORTAL).isEmpty());
        assertTrue(EmailBody.of(" \n\u0000\n\t", PORTAL).isEmpty());
    }

    @Test
    void shouldMakeASubjectOfOneLine() {
        assertEquals("Hi Bcc: evil@example.com <script>", EmailComposer.subject("Hi\r\nBcc: evil@example.com\u2028<script>"));
        assertEquals("Signpost notification", EmailComposer.subject(" \r\n "));
        String longTitle = "x".repeat(400);
        assertEquals(EmailComposer.SUBJECT_LENGTH, EmailComposer.subject(longTitle).length());
        assertTrue(EmailComposer.subject(longTitle).endsWith("…"));
    }

    @Test
    void shouldPercentEncodeAnythingButPrintableAsciiInAHeader() {
        assertEquals("action-assigned:4:v0:j%C3%B6rg%0D%0ABcc:%20x@evil:email", dev.signpost.notifications.Message.asHeader("action-assigned:4:v0:jörg\r\nBcc: x@evil:email"));
    }
}
