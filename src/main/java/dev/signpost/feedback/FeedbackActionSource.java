package dev.signpost.feedback;

import dev.signpost.actions.ActionItem;
import dev.signpost.actions.ActionItemSource;
import dev.signpost.actions.ActionSource;
import dev.signpost.actions.ActionSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Feedback items as a source of action items: by id, as far as the current user may see them; a new item follows the
 * feedback up in the SIG of its owning team; when the item is done, someone who triages may resolve the feedback too.
 */
@ApplicationScoped
public class FeedbackActionSource implements ActionItemSource {

    private static final Logger LOG = Logger.getLogger(FeedbackActionSource.class);
    private static final DoneOffer RESOLVE = new DoneOffer(
            "When marking it done, also mark the feedback it came from resolved (and tell its sender, if nobody has answered yet)",
            "Saved, and the feedback it came from is marked resolved.",
            "Saved, but the feedback it came from could not be marked resolved (it may have been changed or closed meanwhile)."
                    + " Open it to resolve it by hand.");

    @Inject
    FeedbackItems feedback;
    @Inject
    Triage triage;

    @Override
    public ActionSource kind() {
        return ActionSource.FEEDBACK;
    }

    @Override
    public Optional<ActionSources.Link> find(String ref) {
        return item(ref).map(f -> new ActionSources.Link("feedback #" + f.id, f.title, "/feedback/" + f.id));
    }

    @Override
    public ActionSources.Link missing(String ref) {
        return new ActionSources.Link("feedback #" + ref, null, null);
    }

    @Override
    public Optional<Prefill> prefill(String ref) {
        return item(ref).map(f -> new Prefill(String.valueOf(f.id), cut("Follow up: " + f.title, ActionItem.TITLE_LENGTH),
                "From [feedback #" + f.id + "](/feedback/" + f.id + ").", "", f.owner == null ? "" : f.owner));
    }

    @Override
    public Optional<DoneOffer> doneOffer() {
        return Optional.of(RESOLVE);
    }

    @Override
    public boolean offersFor(ActionItem item) {
        return feedback.canTriage() && item(item.sourceRef).map(f -> f.status.open()).orElse(false);
    }

    @Override
    public boolean completeWhenDone(ActionItem item) {
        if (!feedback.canTriage()) {
            return false;
        }
        try {
            return triage.resolve(Long.parseLong(item.sourceRef), "Resolved with action item #" + item.id + ": " + item.title,
                    "Done: we followed this up with [action item #" + item.id + "](" + item.href() + ").");
        } catch (RuntimeException e) {
            LOG.warnf("Action item %d is done, but feedback %s could not be marked resolved: %s", item.id, item.sourceRef, e.getMessage());
            return false;
        }
    }

    private Optional<FeedbackItem> item(String ref) {
        return ref != null && ref.matches("\\d{1,18}") ? feedback.visible(Long.parseLong(ref)) : Optional.empty();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
