package dev.signpost.campaigns;

import dev.signpost.web.MainNavItem;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** "Campaigns" in the main navigation. */
public class CampaignsNav {

    @Produces
    @Singleton
    MainNavItem campaigns() {
        return new MainNavItem("Campaigns", "/campaigns", 35);
    }
}
