package dev.signpost.feedback.ratings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.Map;

/** "Was this page helpful?" answers as {@code signpost_feedback_ratings_total}, by answer (yes or no). */
@Singleton
@io.quarkus.runtime.Startup
public class RatingMeters {

    private final Map<Rating, Counter> counters = new EnumMap<>(Rating.class);

    @Inject
    RatingMeters(MeterRegistry registry) {
        for (Rating rating : Rating.values()) {
            counters.put(rating, Counter.builder("signpost.feedback.ratings").description("Page ratings given, by answer")
                    .tag("rating", rating.code()).register(registry));
        }
    }

    void rated(Rating rating) {
        counters.get(rating).increment();
    }
}
