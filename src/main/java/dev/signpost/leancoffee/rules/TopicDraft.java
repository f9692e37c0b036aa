package dev.signpost.leancoffee.rules;

import dev.signpost.web.FormErrors;
import dev.signpost.web.FormText;
import dev.signpost.web.forms.Chars;
import dev.signpost.web.forms.FormCheck;
import dev.signpost.web.forms.OneLine;
import dev.signpost.web.forms.PlainText;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A proposed topic as typed, and what is wrong with it; kept whole when refused. */
public record TopicDraft(
        @Chars(min = 1, max = TopicDraft.TITLE_LENGTH, tooShort = "Give the topic a title: what you would like to talk about.",
                message = "The title has {length} characters; the limit is {max}.")
        @OneLine(message = "The title must be one line of plain text.")
        String title,
        @Chars(max = TopicDraft.PITCH_LENGTH, message = "The pitch has {length} characters; the limit is {max}.")
        @PlainText(paragraphs = false, oneParagraph = "Keep the pitch to one paragraph, without blank lines.",
                message = "The pitch contains control characters or line separators; type it as plain text.")
        String pitch,
        Map<String, String> errors) implements FormErrors {

    public static final int TITLE_LENGTH = 120;
    public static final int PITCH_LENGTH = 1000;

    public TopicDraft {
        title = title == null ? "" : title.strip();
        pitch = FormText.of(pitch);
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public TopicDraft(String title, String pitch) {
        this(title, pitch, Map.of());
    }

    /** This draft with every problem found, by field name. */
    public TopicDraft checked() {
        return new TopicDraft(title, pitch, FormCheck.problems(this));
    }
}
