package dev.signpost.tools;

import dev.signpost.content.Document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One tool of the catalog, with what was valid in its file: a ring or category that is not known is null (and
 * reported), a history entry that makes no sense is left out.
 *
 * @param slug         the file name without {@code .md}; the tool's address is {@code /tools/{slug}}
 * @param doc          the document it was read from (title, body, owner, tags, freshness)
 * @param ring         its ring, or null when the file names none or an unknown one
 * @param category     its category as configured, or null when the file names none or an unknown one
 * @param homepage     the product's home page, or null
 * @param docs         links to documentation, internal or external
 * @param support      where to ask for help: a chat channel or a team, or null
 * @param replaces     slugs of tools this one replaces (only those that exist)
 * @param alternatives slugs of alternatives (only those that exist)
 * @param history      ring changes, oldest first
 */
public record Tool(String slug, Document doc, Ring ring, String category, String homepage, List<Link> docs, String support,
        List<String> replaces, List<String> alternatives, List<HistoryEntry> history) {

    /** A link with a title; {@code href} is ready for a page (internal links already point at portal URLs). */
    public record Link(String title, String href) {
    }

    /** A ring change: on {@code date} the tool moved to {@code ring}, for the reason in {@code note}. */
    public record HistoryEntry(LocalDate date, Ring ring, String note) {
    }

    public Tool {
        docs = List.copyOf(docs);
        replaces = List.copyOf(replaces);
        alternatives = List.copyOf(alternatives);
        history = List.copyOf(history);
    }

    public String title() {
        return doc.title();
    }

    public String href() {
        return doc.href();
    }

    /** The one-line summary: the description, or the first sentence of the body. */
    public String summary() {
        if (!doc.description().isBlank()) {
            return doc.description();
        }
        String text = doc.text().strip();
        int end = text.indexOf(". ");
        String sentence = end > 0 ? text.substring(0, end + 1) : text;
        return sentence.length() > 200 ? sentence.substring(0, 197) + "…" : sentence;
    }

    public List<HistoryEntry> historyNewestFirst() {
        List<HistoryEntry> newest = new java.util.ArrayList<>(history);
        java.util.Collections.reverse(newest);
        return newest;
    }

    /** The ring the tool was in at the end of a day, by its history; empty before its first entry. */
    public Optional<Ring> ringOn(LocalDate day) {
        Ring found = null;
        for (HistoryEntry entry : history) {
            if (entry.date().isAfter(day)) {
                break;
            }
            found = entry.ring();
        }
        return Optional.ofNullable(found);
    }

    /** When the tool last changed ring (or entered the catalog), or empty without a history. */
    public Optional<LocalDate> lastChanged() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).date());
    }

    /** How the tool moved on or after a day: entered, moved in, moved out, or not at all. */
    public Movement movedSince(LocalDate since) {
        if (ring == null || history.isEmpty() || history.get(history.size() - 1).date().isBefore(since)) {
            return Movement.NONE;
        }
        Optional<Ring> before = ringOn(since.minusDays(1));
        if (before.isEmpty()) {
            return Movement.NEW;
        }
        if (before.get() == ring) {
            return Movement.NONE;
        }
        return ring.innerThan(before.get()) ? Movement.MOVED_IN : Movement.MOVED_OUT;
    }
}
