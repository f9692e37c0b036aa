package dev.signpost.content;

/**
 * The outcome of reading one file: its parsed document with warnings, or the problem that stopped it.
 *
 * @param path    the content path (the source's mount, then the file's path in the source)
 * @param stamp   size and modification time (or commit time) of what was read, null when nothing could be read
 * @param parsed  the document and its warnings, or null when the file failed
 * @param failure why the file failed, or null
 */
public record LoadedFile(String path, Document.FileStamp stamp, DocumentParser.Parsed parsed, ContentProblem failure) {

    /** The file changed while it was read: neither a document nor a problem, it is read again once it settles. */
    static LoadedFile changing(String path) {
        return new LoadedFile(path, null, null, null);
    }

    public boolean changing() {
        return parsed == null && failure == null;
    }

    static LoadedFile failed(String path, Document.FileStamp stamp, ContentProblem problem) {
        return new LoadedFile(path, stamp, null, problem);
    }

    /** The same outcome with the document's origin set. */
    public LoadedFile withOrigin(Origin origin) {
        if (parsed == null) {
            return this;
        }
        return new LoadedFile(path, stamp, new DocumentParser.Parsed(parsed.document().withOrigin(origin), parsed.warnings()), failure);
    }
}
