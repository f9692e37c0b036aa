package dev.signpost.sigs;

import dev.signpost.actions.SigDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

/** The SIGs as action items see them: what {@code actions} asks through {@link SigDirectory}. */
@ApplicationScoped
public class SigsForActions implements SigDirectory {

    @Inject
    SigService sigs;

    @Override
    public List<SigRef> all() {
        return sigs.all().stream().map(s -> new SigRef(s.slug(), s.title(), s.href(), Set.copyOf(s.groups()))).toList();
    }
}
