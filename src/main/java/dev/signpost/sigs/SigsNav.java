package dev.signpost.sigs;

import dev.signpost.web.MainNavItem;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** "SIGs" in the main navigation. */
public class SigsNav {

    @Produces
    @Singleton
    MainNavItem sigs() {
        return new MainNavItem("SIGs", "/sigs", 40);
    }
}
