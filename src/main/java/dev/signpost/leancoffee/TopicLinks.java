package dev.signpost.leancoffee;

import dev.signpost.actions.ActionItemSource;
import dev.signpost.actions.ActionSource;
import dev.signpost.actions.ActionSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Lean Coffee topics as a source of action items: an item captured on a topic links back to it on its session's board. */
@ApplicationScoped
public class TopicLinks implements ActionItemSource {

    @Override
    public ActionSource kind() {
        return ActionSource.LEAN_COFFEE;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ActionSources.Link> find(String topicId) {
        if (topicId == null || !topicId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        LeanCoffeeTopic topic = LeanCoffeeTopic.findById(Long.parseLong(topicId));
        if (topic == null) {
            return Optional.empty();
        }
        LeanCoffeeSession session = LeanCoffeeSession.findById(topic.sessionId);
        return Optional.of(new ActionSources.Link("the Lean Coffee topic", topic.title + " (" + session.title + ")",
                session.href() + "#" + topic.anchor()));
    }

    @Override
    public ActionSources.Link missing(String ref) {
        return new ActionSources.Link("a Lean Coffee topic", ref, null);
    }
}
