package dev.signpost.content;

/** A content file that cannot be turned into a document. Carries the line where known (0 otherwise). */
public class ContentException extends Exception {

    private final int line;

    public ContentException(String message, int line) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
