package dev.signpost.web.forms;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormCheckTest {

    record Form(
            @Chars(min = 3, max = 10, tooShort = "At least {min}, please.", message = "The name has {length} characters; the limit is {max}.")
            @OneLine(message = "One line, please.")
            String name,
            @UserName(required = "Who?")
            String owner,
            @PlainText(paragraphs = false, oneParagraph = "One paragraph.", message = "Plain text.")
            String note) {
    }

    @Test
    void aValidFormHasNoProblem() {
        assertTrue(FormCheck.problems(new Form("Ada", "ada.lovelace", "One line\nand another")).isEmpty());
    }

    @Test
    void everyFieldGetsOneMessageInTheOrderOfTheRecord() {
        Map<String, String> problems = FormCheck.problems(new Form("a\n", "", "x\n\ny"));
        assertEquals(List.of("name", "owner", "note"), List.copyOf(problems.keySet()));
        assertEquals("At least 3, please.", problems.get("name"), "the rule written first speaks");
        assertEquals("Who?", problems.get("owner"));
        assertEquals("One paragraph.", problems.get("note"));
    }

    @Test
    void theMessageNamesWhatWasTyped() {
        assertEquals("The name has 11 characters; the limit is 10.", FormCheck.problems(new Form("abcdefghijk", "a", "")).get("name"));
        assertEquals("One line, please.", FormCheck.problems(new Form("ab\u2028cd", "a", "")).get("name"));
        assertEquals("Plain text.", FormCheck.problems(new Form("abc", "a", "bell\u0007")).get("note"));
    }

    @Test
    void aTypedValueQuotedInAMessageIsNeverInterpolated() {
        for (String hostile : List.of("{max}", "${1+1}", "#{'a'}", "\\{min\\}", "{value}")) {
            assertEquals("\"" + hostile + "\" is not a user name; user names have letters, digits and . _ @ + - only.",
                    FormCheck.problems(new Form("abc", hostile, "")).get("owner"), hostile);
        }
    }
}
