package dev.signpost.docs;

import dev.signpost.content.Document;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.web.ReaderSpecificPages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The front matter as written of a page served without it (it could not be read), shown folded to those who can fix
 * it: the page's owners and admins. Everyone else sees only the banner. Templates reach it as
 * {@code inject:frontMatterAsWritten}.
 */
@Named("frontMatterAsWritten")
@RequestScoped
public class FrontMatterAsWritten implements ReaderSpecificPages {

    @Inject
    CurrentUser user;

    /** Whether the current reader sees {@code page}'s unread front matter. */
    public boolean shows(Document page) {
        return page.unreadFrontMatter() != null && user.signedIn()
                && (user.hasRole(Roles.ADMIN) || user.inTeam(page.owner()));
    }

    @Override
    public boolean appliesTo(Document page) {
        return shows(page);
    }
}
