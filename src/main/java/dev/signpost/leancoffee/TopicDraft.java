package dev.signpost.leancoffee;

import dev.signpost.web.FormErrors;
import dev.signpost.web.FormText;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** A proposed topic as typed, and what is wrong with it; kept whole when refused. */
public record TopicDraft(String title, String pitch, Map<String, String> errors) implements FormErrors {

    public static final int TITLE_LENGTH = 120;
    public static final int PITCH_LENGTH = 1000;

    /** A blank line: the pitch would be two paragraphs. */
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \\t\\u00A0]*\n");
    /**
     * Control characters other than line feed and tab, Unicode line and paragraph separators, and the bidirectional
     * overrides that make text display in another order than it reads: never typed, only scripted.
     */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\u202A-\\u202E\\u2066-\\u2069&&[^\\n\\t]]");

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
        Map<String, String> found = new LinkedHashMap<>();
        if (title.isEmpty()) {
            found.put("title", "Give the topic a title: what you would like to talk about.");
        } else if (title.length() > TITLE_LENGTH) {
            found.put("title", "The title has " + title.length() + " characters; the limit is " + TITLE_LENGTH + ".");
        } else if (title.indexOf('\n') >= 0 || title.indexOf('\t') >= 0 || CONTROL.matcher(title).find()) {
            found.put("title", "The title must be one line of plain text.");
        }
        if (pitch.length() > PITCH_LENGTH) {
            found.put("pitch", "The pitch has " + pitch.length() + " characters; the limit is " + PITCH_LENGTH + ".");
        } else if (BLANK_LINE.matcher(pitch).find()) {
            found.put("pitch", "Keep the pitch to one paragraph, without blank lines.");
        } else if (CONTROL.matcher(pitch).find()) {
            found.put("pitch", "The pitch contains control characters or line separators; type it as plain text.");
        }
        return new TopicDraft(title, pitch, found);
    }
}
