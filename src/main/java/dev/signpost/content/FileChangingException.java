package dev.signpost.content;

import java.io.IOException;

/** A file changed while it was being read (size or modification time moved): it is read again once it settles. */
final class FileChangingException extends IOException {

    FileChangingException() {
        super("The file changed while it was being read.");
    }
}
