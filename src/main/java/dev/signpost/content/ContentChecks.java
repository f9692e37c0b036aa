package dev.signpost.content;

import java.util.List;

/**
 * Problems a feature finds in the current content beyond what loading finds: a tool's unknown ring, a roadmap
 * item's dependency cycle. Features implement it as a CDI bean; the content health page lists every check's
 * problems with the loader's.
 */
public interface ContentChecks {

    /** What the check is about, for people: "Tool catalog". */
    String name();

    /** The problems in the current snapshot, by file. */
    List<ContentProblem> problems();
}
