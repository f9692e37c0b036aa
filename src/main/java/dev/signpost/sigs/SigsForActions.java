package dev.signpost.sigs;

import dev.signpost.actions.SigDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    @Override
    public Optional<ZonedDateTime> nextLeanCoffee(String slug, Instant now) {
        return sigs.sigs().sig(slug).flatMap(sig -> sig.meetings().stream()
                .filter(m -> m.what() != null && m.what().toLowerCase(Locale.ROOT).contains("lean coffee"))
                .flatMap(m -> m.next(now).stream()).min(Comparator.comparing(ZonedDateTime::toInstant))
                .or(() -> sig.nextMeeting(now).map(Sig.Upcoming::at)));
    }
}
