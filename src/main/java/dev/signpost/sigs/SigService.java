package dev.signpost.sigs;

import dev.signpost.content.ContentChecks;
import dev.signpost.content.ContentProblem;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.ContentStore;
import dev.signpost.content.SnapshotMemo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Set;

/** The SIGs of the current content ({@code inject:sigs} in templates); their problems appear on the content health page. */
@Named("sigs")
@ApplicationScoped
public class SigService implements ContentChecks {

    @Inject
    ContentStore store;

    private final SnapshotMemo<Sigs> sigs = new SnapshotMemo<>();

    public Sigs sigs() {
        ContentSnapshot snapshot = store.snapshot();
        return sigs.get(snapshot, null, () -> Sigs.of(snapshot));
    }

    public List<Sig> all() {
        return sigs().all();
    }

    public Set<String> slugs() {
        return sigs().bySlug().keySet();
    }

    /** A SIG's title for a slug, or the slug itself when there is no such SIG. */
    public String title(String slug) {
        return slug == null ? "" : sigs().sig(slug).map(Sig::title).orElse(slug);
    }

    @Override
    public String name() {
        return "SIGs";
    }

    @Override
    public List<ContentProblem> problems() {
        return sigs().problems();
    }
}
