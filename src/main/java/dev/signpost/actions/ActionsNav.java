package dev.signpost.actions;

import dev.signpost.web.MainNavItem;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** "Actions" in the main navigation. */
public class ActionsNav {

    @Produces
    @Singleton
    MainNavItem actions() {
        return new MainNavItem("Actions", "/actions", 50);
    }
}
