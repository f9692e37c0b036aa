package dev.signpost.feedback;

import dev.signpost.web.MainNavItem;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** "Feedback" in the main navigation. */
public class FeedbackNav {

    @Produces
    @Singleton
    MainNavItem feedback() {
        return new MainNavItem("Feedback", "/feedback", 80);
    }
}
