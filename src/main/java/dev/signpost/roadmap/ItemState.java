package dev.signpost.roadmap;

/**
 * What a review sees of an item, and what the changes view compares: its status, target and horizon, with enough
 * (title, team, SIG) to show and filter an item that has since been removed.
 *
 * @param status  null when the file named no valid status
 * @param target  null when it has none
 * @param horizon null for a finished item
 */
public record ItemState(String slug, String title, String team, String sig, ItemStatus status, When target, Horizon horizon) {
}
