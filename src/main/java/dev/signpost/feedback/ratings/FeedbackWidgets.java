package dev.signpost.feedback.ratings;

import dev.signpost.content.Document;
import dev.signpost.web.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The feedback box of the page being rendered ({@code inject:feedbackWidgets.forPage(doc)}). Reads only the flash
 * left by the last post, never the database, so pages render the same while the database is down.
 */
@Named("feedbackWidgets")
@RequestScoped
public class FeedbackWidgets {

    static final String THANKS = "thanks";
    private static final Pattern RATED = Pattern.compile("rated-(\\d{1,18})-(yes|no)");

    @Inject
    Flash flash;

    public FeedbackWidget forPage(Document page) {
        Optional<String> value = flash.value();
        if (value.isPresent()) {
            if (value.get().equals(THANKS)) {
                return FeedbackWidget.thanks(page.url(), page.owner());
            }
            Matcher rated = RATED.matcher(value.get());
            if (rated.matches()) {
                return FeedbackWidget.explain(page.url(), page.owner(), Long.parseLong(rated.group(1)),
                        Rating.of(rated.group(2)).orElseThrow());
            }
        }
        return FeedbackWidget.ask(page.url(), page.owner());
    }

    static String rated(long id, Rating rating) {
        return "rated-" + id + "-" + rating.code();
    }
}
