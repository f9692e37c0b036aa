package dev.signpost.content;

import java.io.IOException;
import java.io.InputStream;

/** A file next to the pages, as a source serves it: its name (for the media type), its size and its bytes. */
public record AssetFile(String name, long size, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }
}
