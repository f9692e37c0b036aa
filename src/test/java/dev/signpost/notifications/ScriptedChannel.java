package dev.signpost.notifications;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A channel for tests: answers each message by the script set for its title (accept when none), and records every
 * attempt it saw, so a test can count sends per idempotency key.
 */
@ApplicationScoped
public class ScriptedChannel implements Channel {

    static final String NAME = "scripted";

    private final Map<String, Function<Message, Delivery>> scripts = new ConcurrentHashMap<>();
    private final List<Message> seen = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Delivery send(Message message) {
        seen.add(message);
        return scripts.getOrDefault(message.title(), m -> Delivery.accepted()).apply(message);
    }

    void script(String title, Function<Message, Delivery> answer) {
        scripts.put(title, answer);
    }

    long attempts(String idempotencyKey) {
        return seen.stream().filter(m -> m.idempotencyKey().equals(idempotencyKey)).count();
    }
}
