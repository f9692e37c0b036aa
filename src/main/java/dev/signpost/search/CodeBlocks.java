package dev.signpost.search;

import dev.signpost.content.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a document's code blocks (and other preformatted text) sit in its indexed text, which has their line breaks
 * flattened, with their text as written; read from the page's HTML the first time a search hit needs it, and kept per
 * document (at most {@value #MAX_DOCUMENTS}; past that the cache starts again).
 */
final class CodeBlocks {

    static final int MAX_DOCUMENTS = 2_000;

    /** One block: from {@code start} to {@code end} in the document's text, and its text as written. */
    record Block(int start, int end, String written) {
    }

    private record Entry(Document doc, List<Block> blocks) {
    }

    private final ConcurrentHashMap<String, Entry> byUrl = new ConcurrentHashMap<>();

    /** The block of {@code doc} that holds offset {@code at} of its text, if any. */
    Optional<Block> at(Document doc, int at) {
        if (at < 0 || doc.prose().length() == doc.text().length()) {
            return Optional.empty(); // no preformatted text at all: no need to read the HTML
        }
        return blocks(doc).stream().filter(b -> b.start() <= at && at < b.end()).findFirst();
    }

    private List<Block> blocks(Document doc) {
        Entry entry = byUrl.get(doc.url());
        if (entry != null && entry.doc() == doc) {
            return entry.blocks();
        }
        List<Block> blocks = of(doc.text(), doc.html());
        if (byUrl.size() >= MAX_DOCUMENTS) {
            byUrl.clear();
        }
        byUrl.put(doc.url(), new Entry(doc, blocks));
        return blocks;
    }

    /** The {@code pre} blocks of {@code html}, found in order in {@code text} (the HTML's text, whitespace flattened). */
    static List<Block> of(String text, String html) {
        List<Block> blocks = new ArrayList<>();
        int from = 0;
        for (Element pre : Jsoup.parseBodyFragment(html).select("pre")) {
            String shown = pre.text();
            int start = shown.isEmpty() ? -1 : text.indexOf(shown, from);
            if (start >= 0) {
                blocks.add(new Block(start, start + shown.length(), pre.wholeText()));
                from = start + shown.length();
            }
        }
        return List.copyOf(blocks);
    }
}
