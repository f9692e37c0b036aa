package dev.signpost.leancoffee;

import dev.signpost.actions.ActionSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Links an action item captured on a topic back to the topic on its session's board. */
@ApplicationScoped
public class TopicLinks implements ActionSources.Topics {

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ActionSources.Link> link(String topicId) {
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
}
