package dev.signpost.sigs;

import dev.signpost.content.ContentProblem;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentTypes;
import dev.signpost.content.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every SIG of a content snapshot, by title, with the problems found in their front matter. Built by a pure function. */
public record Sigs(List<Sig> all, Map<String, Sig> bySlug, List<ContentProblem> problems) {

    public Sigs {
        all = List.copyOf(all);
        bySlug = Map.copyOf(bySlug);
        problems = List.copyOf(problems);
    }

    static Sigs of(ContentSnapshot snapshot) {
        List<Sig> sigs = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        for (Document doc : snapshot.byUrl().values()) {
            if (doc.type().equals(ContentTypes.SIG.type())) {
                SigParser.Parsed parsed = SigParser.parse(ContentTypes.slug(doc.path()), doc);
                sigs.add(parsed.sig());
                problems.addAll(parsed.problems());
            }
        }
        sigs.sort(Comparator.comparing(Sig::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Sig::slug));
        Map<String, Sig> bySlug = new LinkedHashMap<>();
        sigs.forEach(s -> bySlug.put(s.slug(), s));
        problems.sort(Comparator.comparing(ContentProblem::path));
        return new Sigs(sigs, bySlug, problems);
    }

    public Optional<Sig> sig(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }
}
