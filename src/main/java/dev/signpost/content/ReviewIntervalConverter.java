package dev.signpost.content;

import org.eclipse.microprofile.config.spi.Converter;

/** Reads {@code signpost.content.default-review-every} (90d, 12w, 6m, 1y) so a bad value stops start-up with a plain message. */
public class ReviewIntervalConverter implements Converter<ReviewInterval> {

    @Override
    public ReviewInterval convert(String value) {
        return ReviewInterval.parse(value);
    }
}
