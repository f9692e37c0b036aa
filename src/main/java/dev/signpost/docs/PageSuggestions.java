package dev.signpost.docs;

import dev.signpost.content.ContentPaths;
import dev.signpost.content.Document;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The pages whose title or file name is closest to a path that was not found (trigram similarity). */
final class PageSuggestions {

    private static final double THRESHOLD = 0.15;

    private PageSuggestions() {
    }

    static List<Document> closest(String requestPath, Collection<Document> documents, int limit) {
        String wanted = words(ContentPaths.fileName(requestPath.replaceAll("/+$", "")));
        if (wanted.isBlank()) {
            return List.of();
        }
        Set<String> wantedGrams = trigrams(wanted);
        record Scored(Document doc, double score) {
        }
        return documents.stream()
                .map(doc -> new Scored(doc, Math.max(similarity(wantedGrams, trigrams(words(doc.title()))),
                        similarity(wantedGrams, trigrams(words(ContentPaths.fileName(doc.url())))))))
                .filter(s -> s.score() >= THRESHOLD)
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.doc().title()))
                .limit(limit)
                .map(Scored::doc)
                .toList();
    }

    private static String words(String text) {
        return ContentPaths.stripExtension(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Set<String> trigrams(String text) {
        String padded = "  " + text + " ";
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String gram : a) {
            if (b.contains(gram)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
