package dev.signpost.lb;

/**
 * One request of the load: what it was, how it was answered ({@code status} -1 when no answer came; {@code detail} then
 * says why, else it holds the Location of a redirect), and which
 * instance nginx says answered it ({@code X-Upstream}: every address it tried, the last one answered).
 */
record Outcome(int phase, int loop, Kind kind, String path, int status, String upstream, long startMs, long endMs,
        String marker, String detail) {

    enum Kind {
        READ(200), FEEDBACK(303), TOPIC(303), VOTE(303), UNVOTE(303);

        final int expected;

        Kind(int expected) {
            this.expected = expected;
        }

        boolean write() {
            return this != READ;
        }
    }

    boolean ok() {
        return status == kind.expected;
    }

    /** The header with which an instance says a write's commit met the database going away (it may have been saved). */
    static final String OUTCOME_HEADER = "Signpost-Write-Outcome";

    /**
     * A write the instance refused as a whole (the database is down, or a 4xx): it must not be stored. Not a 503 that
     * says its outcome is unknown: the database went away during its commit, and may have committed first.
     */
    boolean refused() {
        return !ok() && !outcomeUnknown() && (status == 503 || (status >= 400 && status < 500));
    }

    private boolean outcomeUnknown() {
        return status == 503 && detail != null && detail.equals(OUTCOME_HEADER + ": unknown");
    }

    /**
     * A write whose fate the client cannot know (no answer, nginx lost the instance mid-request, or the instance says its
     * commit met the database going away): stored 0 or 1 times.
     */
    boolean unknown() {
        return !ok() && !refused();
    }

    /** The instance that answered: the last address nginx tried. */
    String answeredBy() {
        if (upstream == null || upstream.isBlank()) {
            return "-";
        }
        String[] tried = upstream.split(",");
        return tried[tried.length - 1].strip();
    }

    String describe() {
        return "phase " + phase + " loop " + loop + " " + kind + " " + path + " -> " + (status < 0 ? detail : status)
                + " via " + upstream + " [" + startMs + ".." + endMs + "]";
    }
}
