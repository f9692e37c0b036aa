package dev.signpost.campaigns;

import dev.signpost.people.TeamSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.TreeSet;

/** The owner teams of the repository inventory, as teams the people directory knows: a campaign's action items go to them. */
@ApplicationScoped
public class InventoryTeams implements TeamSource {

    @Inject
    CampaignCatalog catalog;

    @Override
    public Set<String> teams() {
        Set<String> teams = new TreeSet<>();
        for (Repository repository : catalog.campaigns().repositories()) {
            if (repository.owner() != null && !repository.owner().isBlank()) {
                teams.add(repository.owner());
            }
        }
        return teams;
    }
}
