package dev.signpost.docs;

import dev.signpost.content.ContentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;

/** Facts about the content the layout shows on every page; templates reach it as {@code inject:contentFacts}. */
@Named("contentFacts")
@ApplicationScoped
public class ContentFacts {

    @Inject
    ContentStore store;

    /** When the content now served was loaded. */
    public Instant loadedAt() {
        return store.snapshot().loadedAt();
    }
}
