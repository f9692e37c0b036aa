package dev.signpost.campaigns;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every campaign's progress as last computed, and when. Immutable: a new evaluation builds a new board and swaps it in.
 *
 * @param ready false until the first evaluation after start-up finished
 */
public record Board(Map<String, CampaignProgress> bySlug, List<CampaignProgress> ordered, Instant computedAt, boolean ready) {

    public static final Board EMPTY = new Board(Map.of(), List.of(), Instant.EPOCH, false);

    public Optional<CampaignProgress> progress(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }
}
