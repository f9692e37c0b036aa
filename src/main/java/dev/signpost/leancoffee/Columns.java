package dev.signpost.leancoffee;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Phases, topic states and thumbs stored as their codes ({@code discussing}, {@code to-discuss}, {@code up}). */
final class Columns {

    private Columns() {
    }

    @Converter
    public static class PhaseColumn implements AttributeConverter<Phase, String> {
        @Override
        public String convertToDatabaseColumn(Phase value) {
            return value == null ? null : value.code();
        }

        @Override
        public Phase convertToEntityAttribute(String code) {
            return code == null ? null : Phase.of(code).orElseThrow(() -> new IllegalStateException("unknown phase " + code));
        }
    }

    @Converter
    public static class TopicStateColumn implements AttributeConverter<TopicState, String> {
        @Override
        public String convertToDatabaseColumn(TopicState value) {
            return value == null ? null : value.code();
        }

        @Override
        public TopicState convertToEntityAttribute(String code) {
            return code == null ? null : TopicState.of(code).orElseThrow(() -> new IllegalStateException("unknown topic state " + code));
        }
    }

    @Converter
    public static class ThumbColumn implements AttributeConverter<Thumb, String> {
        @Override
        public String convertToDatabaseColumn(Thumb value) {
            return value == null ? null : value.code();
        }

        @Override
        public Thumb convertToEntityAttribute(String code) {
            return code == null ? null : Thumb.of(code).orElseThrow(() -> new IllegalStateException("unknown thumb " + code));
        }
    }
}
