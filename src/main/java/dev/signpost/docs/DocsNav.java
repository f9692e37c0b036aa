package dev.signpost.docs;

import dev.signpost.web.MainNavItem;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

/** Adds "Docs" to the main navigation. */
public class DocsNav {

    @Produces
    @Singleton
    MainNavItem docs() {
        return new MainNavItem("Docs", "/docs", 10);
    }
}
