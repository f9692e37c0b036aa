package dev.signpost.docs;

import dev.signpost.content.ContentStore;
import dev.signpost.content.LoadStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** A content store stuck at 3 of 10 files, so the start-up behaviour can be observed without racing a real load. */
@Alternative
@ApplicationScoped
public class StillLoadingStore extends ContentStore {

    @Override
    public LoadStatus status() {
        return new LoadStatus(false, 3, 10);
    }
}
