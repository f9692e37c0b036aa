package dev.signpost.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum whose constants people and URLs name by a code ({@code in-progress} for {@code IN_PROGRESS}) and pages show
 * by a label. The code is the constant's name in lower case with dashes unless the enum says otherwise; reading one
 * forgives case, surrounding spaces and underscores for dashes.
 */
public interface Coded {

    String label();

    default String code() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} with this code, or empty (for null, blank or unknown codes). */
    static <E extends Enum<E> & Coded> Optional<E> of(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(wanted)).findFirst();
    }
}
