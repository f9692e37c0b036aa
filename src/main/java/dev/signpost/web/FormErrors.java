package dev.signpost.web;

import java.util.Map;

/** A form as typed with what is wrong with it, by field name; templates ask {@code valid}, {@code hasError} and {@code error}. */
public interface FormErrors {

    Map<String, String> errors();

    default boolean valid() {
        return errors().isEmpty();
    }

    default String error(String field) {
        return errors().get(field);
    }

    default boolean hasError(String field) {
        return errors().containsKey(field);
    }
}
