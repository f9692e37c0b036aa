package dev.signpost.web;

/**
 * Text as a person typed it into a form field. A browser posts each line break of a textarea as CR LF, yet counts it
 * as one character against the field's {@code maxlength} (and a script posting the field's value sends LF). Limits are
 * therefore checked, and text kept, with LF line breaks: what filled the box is accepted, however it was sent.
 */
public final class FormText {

    private FormText() {
    }

    /** The text with LF line breaks and no surrounding white space; empty when nothing was sent. */
    public static String of(String submitted) {
        return submitted == null ? "" : submitted.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
