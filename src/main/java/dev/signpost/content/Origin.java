package dev.signpost.content;

import java.time.Instant;

/**
 * Where a document comes from and who changed it last. Every field but {@code source} and {@code file} may be null
 * when it is not known (a file outside git has no commit; a parser alone knows no source).
 *
 * @param source     the content source's name ({@value #LOCAL} for the local content folder)
 * @param file       the file's path in its repository, or in the local folder
 * @param commit     the newest commit that changed the file
 * @param updated    when the file last changed: that commit's time, or the file's modification time outside git
 * @param author     the author of that commit
 * @param editUrl    where to edit the file, from the source's edit-URL template
 * @param historyUrl where to see the file's history, from the source's history-URL template
 */
public record Origin(String source, String file, String commit, Instant updated, String author, String editUrl,
        String historyUrl) {

    /** The name of the local content folder source ({@code signpost.content.dir}). */
    public static final String LOCAL = "content";

    /** What a document knows before a source has said where it came from. */
    public static Origin unknown(String path) {
        return new Origin(LOCAL, path, null, null, null, null, null);
    }

    /** The commit abbreviated as people read it (7 characters), or null. */
    public String shortCommit() {
        return commit == null ? null : commit.substring(0, Math.min(7, commit.length()));
    }

    public Origin withLastChange(String commit, Instant updated, String author) {
        return new Origin(source, file, commit, updated, author, editUrl, historyUrl);
    }
}
