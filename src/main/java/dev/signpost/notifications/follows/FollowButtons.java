package dev.signpost.notifications.follows;

import dev.signpost.database.DatabaseUnavailableException;
import dev.signpost.security.CurrentUser;
import dev.signpost.web.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;

/**
 * The follow buttons of the page being rendered: {@code inject:followButtons.of('tool', slug)} in a feature's template
 * gives the {@link FollowButton} that {@code notifications/follow.html} draws. A database that is down hides the
 * button rather than failing the page.
 */
@Named("followButtons")
@RequestScoped
public class FollowButtons {

    @Inject
    Follows follows;
    @Inject
    CurrentUser currentUser;
    @Inject
    Flash flash;

    public FollowButton of(String type, String key) {
        Followable.Type kind = follows.kind(type).map(Followable::type)
                .orElseThrow(() -> new IllegalArgumentException("nothing of the type '" + type + "' can be followed"));
        String action = FollowResource.action(type, key);
        String message = flash.value().filter(v -> v.equals(FollowResource.FOLLOWED) || v.equals(FollowResource.UNFOLLOWED)).orElse(null);
        if (!currentUser.signedIn()) {
            return new FollowButton(kind.noun(), kind.news(), action, false, false, false, null);
        }
        try {
            return new FollowButton(kind.noun(), kind.news(), action, true, follows.isFollowing(currentUser.username(), type, key), false, message);
        } catch (DatabaseUnavailableException | PersistenceException e) {
            return new FollowButton(kind.noun(), kind.news(), action, true, false, true, null);
        }
    }
}
