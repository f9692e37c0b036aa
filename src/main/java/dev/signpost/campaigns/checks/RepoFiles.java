package dev.signpost.campaigns.checks;

import java.util.List;
import java.util.Optional;

/** A repository's files at one commit, as checks see them. Implementations read lazily and may cache. */
public interface RepoFiles {

    /** Every file's path from the repository root, without a leading slash, sorted. */
    List<String> paths();

    /**
     * The file's text (UTF-8, undecodable bytes replaced), at most the reader's size limit (a longer file is cut there);
     * empty when it cannot be read.
     */
    Optional<String> text(String path);
}
