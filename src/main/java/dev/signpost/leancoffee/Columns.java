package dev.signpost.leancoffee;

import dev.signpost.leancoffee.rules.Phase;
import dev.signpost.leancoffee.rules.Thumb;
import dev.signpost.leancoffee.rules.TopicState;
import dev.signpost.database.CodeColumn;
import jakarta.persistence.Converter;

/** Phases, topic states and thumbs stored as their codes ({@code discussing}, {@code to-discuss}, {@code up}). */
final class Columns {

    private Columns() {
    }

    @Converter
    public static class PhaseColumn extends CodeColumn<Phase> {
        public PhaseColumn() {
            super(Phase::code, Phase::of);
        }
    }

    @Converter
    public static class TopicStateColumn extends CodeColumn<TopicState> {
        public TopicStateColumn() {
            super(TopicState::code, TopicState::of);
        }
    }

    @Converter
    public static class ThumbColumn extends CodeColumn<Thumb> {
        public ThumbColumn() {
            super(Thumb::code, Thumb::of);
        }
    }
}
