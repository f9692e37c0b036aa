package dev.signpost.web;

import dev.signpost.security.SignInTarget;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The header's theme menu without JavaScript: remembers the choice in a cookie and goes back to the page. */
@Path("/theme")
public class ThemeResource {

    /** A year: a preference, kept until changed. */
    static final int MAX_AGE = 365 * 24 * 60 * 60;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@FormParam("theme") String wanted, @FormParam("return") String back) {
        Theme theme = Theme.parse(wanted).orElseThrow(() -> new Refusal(400,
                "Choose a theme: light, dark or auto."));
        NewCookie cookie = new NewCookie.Builder(Theme.COOKIE).value(theme.value()).path("/")
                .maxAge(theme == Theme.AUTO ? 0 : MAX_AGE).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(SignInTarget.safe(back))).cookie(cookie).build();
    }
}
