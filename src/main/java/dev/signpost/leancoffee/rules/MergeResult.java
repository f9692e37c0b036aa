package dev.signpost.leancoffee.rules;

import java.util.Map;

/**
 * Dots after merging a duplicate topic into the one kept.
 *
 * @param keptAfter each participant's dots on the kept topic after the merge (participants with none are left out)
 * @param returned  dots given back to participants, free to be placed elsewhere (only participants with some)
 */
public record MergeResult(Map<String, Integer> keptAfter, Map<String, Integer> returned) {

    public MergeResult {
        keptAfter = Map.copyOf(keptAfter);
        returned = Map.copyOf(returned);
    }

    /** All dots on the kept topic after the merge. */
    public int keptTotal() {
        return keptAfter.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int returnedTotal() {
        return returned.values().stream().mapToInt(Integer::intValue).sum();
    }
}
