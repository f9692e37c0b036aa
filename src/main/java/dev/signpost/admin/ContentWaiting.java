package dev.signpost.admin;

import dev.signpost.content.ContentChecks;
import dev.signpost.content.ContentStore;
import dev.signpost.security.CurrentUser;
import dev.signpost.security.Roles;
import dev.signpost.web.WorkWaiting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Optional;

/** "My work" for admins: the content problems (files that failed, broken links, other checks) on content health. */
@ApplicationScoped
public class ContentWaiting implements WorkWaiting {

    @Inject
    CurrentUser user;
    @Inject
    ContentStore store;
    @Inject
    Instance<ContentChecks> checks;

    @Override
    public Optional<Count> count() {
        if (!user.hasRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        long problems = store.snapshot().allProblems().size()
                + checks.stream().mapToLong(check -> check.problems().size()).sum();
        return Optional.of(new Count(problems == 1 ? "content problem" : "content problems", problems, "/admin/content", 40));
    }
}
