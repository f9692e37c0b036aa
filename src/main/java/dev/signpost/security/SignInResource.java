package dev.signpost.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Signing in and out. With Keycloak, {@code /signin} starts the code flow and sign-out ends the Keycloak session too
 * (RP-initiated logout at {@code /signout/oidc}); with local sign-in it is a form for the demo accounts.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class SignInResource {

    private static final int MAX_FIELD = 200;
    /** quarkus-oidc's cookie holding the state of an RP-initiated logout (default tenant). */
    private static final String POST_LOGOUT_COOKIE = "q_post_logout";

    @CheckedTemplate(basePath = "security")
    static class Templates {
        static native TemplateInstance signin(String username, String redirect, String error, List<DemoAccounts.Account> accounts);

        static native TemplateInstance signout();
    }

    @Inject
    LocalSignIn localSignIn;
    @Inject
    CurrentUser currentUser;
    @Inject
    Event<AccountEvent> events;
    @Inject
    UriInfo uriInfo;

    @GET
    @Path("signin")
    public Response signInPage(@RestQuery String redirect) {
        if (currentUser.signedIn()) {
            return seeOther(SignInTarget.safe(redirect));
        }
        if (!localSignIn.enabled()) {
            // Keycloak's code flow: the OIDC mechanism answers this with a redirect to the login page.
            throw new UnauthorizedException();
        }
        return Response.ok(form("", redirect, null)).build();
    }

    @POST
    @Path("signin")
    public Response signIn(@RestForm String username, @RestForm String password, @RestForm String redirect) {
        if (!localSignIn.enabled()) {
            throw new NotFoundException();
        }
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || password == null || password.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(form(name, redirect, "Enter both your user name and your password.")).build();
        }
        Optional<DemoAccounts.Account> account = name.length() > MAX_FIELD || password.length() > MAX_FIELD ? Optional.empty()
                : DemoAccounts.verify(name, password);
        if (account.isEmpty()) {
            events.fire(new AccountEvent(truncate(name), AccountEvent.Kind.SIGN_IN_FAILED, "local sign-in"));
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(form(truncate(name), redirect, "That user name and password do not match a demo account.")).build();
        }
        DemoAccounts.Account who = account.get();
        events.fire(AccountEvent.signedIn(who.username(), who.displayName(), who.teams(), who.email(), "local sign-in"));
        return Response.seeOther(URI.create(SignInTarget.safe(redirect))).cookie(localSignIn.start(who.username(), secure())).build();
    }

    @POST
    @Path("signout")
    public Response signOut() {
        if (!currentUser.signedIn()) {
            return seeOther("/");
        }
        events.fire(new AccountEvent(currentUser.username(), AccountEvent.Kind.SIGNED_OUT, null));
        if (localSignIn.enabled()) {
            return Response.seeOther(URI.create("/")).cookie(localSignIn.end(secure())).build();
        }
        // Not a redirect: browsers apply the page's CSP form-action 'self' to every redirect that follows a form post,
        // and ending the Keycloak session leaves the site. The page moves on by a meta refresh (or its link).
        return Response.ok(Templates.signout()).build();
    }

    /**
     * Where Keycloak sends the browser after ending its session: drops quarkus-oidc's post-logout state cookie and
     * lands on the home page with a clean address.
     */
    @GET
    @Path("signout/done")
    public Response signedOut() {
        return Response.seeOther(URI.create("/"))
                .cookie(new NewCookie.Builder(POST_LOGOUT_COOKIE).value("").path("/").maxAge(0).build()).build();
    }

    /** Keycloak's logout path; reached here only when there is no Keycloak session left to end. */
    @GET
    @Path("signout/oidc")
    public Response afterSignOut() {
        return seeOther("/");
    }

    private TemplateInstance form(String username, String redirect, String error) {
        return Templates.signin(username, SignInTarget.safe(redirect), error, DemoAccounts.ALL);
    }

    private boolean secure() {
        return "https".equals(uriInfo.getRequestUri().getScheme());
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private static String truncate(String value) {
        return value.length() > 100 ? value.substring(0, 100) : value;
    }
}
