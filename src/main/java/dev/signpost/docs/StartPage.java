package dev.signpost.docs;

import dev.signpost.security.CurrentUser;
import dev.signpost.web.PageSection;
import dev.signpost.web.PageSections;
import dev.signpost.web.Visits;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The home page of a person signed in: above the portal's welcome page, what waits for them, composed of the sections
 * other features contribute for {@link PageSection#HOME} (their action items, their SIGs' next Lean Coffee sessions,
 * pages their teams own that are due for review, feedback for their teams, what changed since their last visit).
 * Templates reach it as {@code inject:startPage}; anonymous readers get the welcome page alone.
 */
@Named("startPage")
@RequestScoped
public class StartPage {

    /** How long the browser keeps the visit days: long enough to come back from a holiday. */
    static final int VISITS_MAX_AGE = 180 * 24 * 60 * 60;

    @Inject
    CurrentUser user;
    @Inject
    PageSections sections;
    @Inject
    HttpServerRequest request;
    @Inject
    Clock clock;

    private List<String> rendered;

    public boolean personal() {
        return user.signedIn();
    }

    /** The day from which changes count as news: the person's previous visit. */
    public LocalDate since() {
        return visits().since(LocalDate.now(clock));
    }

    /** The sections for the person signed in, rendered; empty for anonymous readers. */
    public List<String> sections() {
        if (rendered == null) {
            rendered = user.signedIn() ? sections.render(PageSection.HOME,
                    new PageSection.Subject(user.username(), user.displayName(), user.teams(), since())) : List.of();
        }
        return rendered;
    }

    /** The cookie that records this visit. */
    NewCookie visitCookie() {
        return new NewCookie.Builder(Visits.COOKIE).value(visits().after(LocalDate.now(clock))).path("/")
                .maxAge(VISITS_MAX_AGE).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }

    private Visits visits() {
        Cookie cookie = request.getCookie(Visits.COOKIE);
        return Visits.parse(cookie == null ? null : cookie.getValue());
    }
}
