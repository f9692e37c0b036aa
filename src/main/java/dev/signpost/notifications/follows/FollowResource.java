package dev.signpost.notifications.follows;

import dev.signpost.security.CurrentUser;
import dev.signpost.web.Flash;
import dev.signpost.web.Refusal;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /follows/{type}/{key}} with {@code follow=yes} or {@code no}: the follow button of a tool, roadmap item or
 * campaign page. Post/redirect/get back to the subject's page with a flash; the feature that owns the type says whether
 * the key names something that exists. From the preferences page's list ({@code back=preferences}) the answer goes
 * back there, and something that is gone since can still be unfollowed.
 */
@Path("/follows")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class FollowResource {

    static final String FOLLOWED = "followed";
    static final String UNFOLLOWED = "unfollowed";
    /** The flash the preferences page shows after "Stop following" in its list. */
    public static final String UNFOLLOWED_FROM_LIST = "unfollowed-from-list";
    static final String PREFERENCES = "/notifications/preferences";
    private static final int SHOWN = 60;

    @Inject
    Follows follows;
    @Inject
    CurrentUser currentUser;

    /** Where the follow button of a subject posts. */
    static String action(String type, String key) {
        return "/follows/" + encode(type) + "/" + encode(key);
    }

    @POST
    @Path("{type}/{key}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response follow(@RestPath String type, @RestPath String key, @RestForm String follow, @RestForm String back) {
        if ("preferences".equals(back) && "no".equals(follow)) {
            follows.unfollow(currentUser.username(), type, key); // already gone (a second click) is fine too
            return Response.seeOther(URI.create(PREFERENCES + "#following")).cookie(Flash.of(UNFOLLOWED_FROM_LIST)).build();
        }
        Followable followable = follows.kind(type).orElseThrow(() -> new Refusal(404, "Nothing called \"" + shown(type) + "\" can be followed."));
        Followable.Type kind = followable.type();
        if (key.length() > Follow.KEY_LENGTH) {
            throw new Refusal(400, "That is too long to be the name of a " + kind.noun() + ".");
        }
        Followable.Subject subject = followable.find(key)
                .orElseThrow(() -> new Refusal(404, "There is no " + kind.noun() + " called \"" + shown(key) + "\"."));
        boolean on;
        if ("yes".equals(follow)) {
            on = true;
        } else if ("no".equals(follow)) {
            on = false;
        } else {
            throw new Refusal(400, "Say whether to follow the " + kind.noun() + ": follow=yes or follow=no.");
        }
        if (on) {
            follows.follow(currentUser.username(), type, subject.key());
        } else {
            follows.unfollow(currentUser.username(), type, subject.key());
        }
        return Response.seeOther(URI.create(subject.href() + "#follow")).cookie(Flash.of(on ? FOLLOWED : UNFOLLOWED)).build();
    }

    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
