package dev.signpost.tools;

import dev.signpost.web.MainNavItem;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** "Tools" in the main navigation. */
public class ToolsNav {

    @Produces
    @Singleton
    MainNavItem tools() {
        return new MainNavItem("Tools", "/tools", 20);
    }
}
