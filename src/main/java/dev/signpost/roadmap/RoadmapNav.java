package dev.signpost.roadmap;

import dev.signpost.web.MainNavItem;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** "Roadmap" in the main navigation. */
public class RoadmapNav {

    @Produces
    @Singleton
    MainNavItem roadmap() {
        return new MainNavItem("Roadmap", "/roadmap", 30);
    }
}
