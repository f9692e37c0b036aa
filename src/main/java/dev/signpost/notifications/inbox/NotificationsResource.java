package dev.signpost.notifications.inbox;

import dev.signpost.web.Flash;
import dev.signpost.web.QueryString;
import dev.signpost.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

/** {@code /notifications}: the signed-in person's notifications, newest first, and marking them read (PRG). */
@Path("/notifications")
@Authenticated
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class NotificationsResource {

    static final String ALL_READ = "notifications-all-read";

    @CheckedTemplate(basePath = "notifications")
    static class Templates {
        static native TemplateInstance inbox(InboxPage inbox, boolean allRead);
    }

    @Inject
    Inbox inbox;
    @Inject
    Flash flash;

    @GET
    public TemplateInstance page(@RestQuery String page) {
        return Templates.inbox(inbox.page(QueryString.pageNumber(page)), flash.value().filter(ALL_READ::equals).isPresent());
    }

    @POST
    @Path("/{id}/read")
    public Response markRead(@RestPath String id, @RestQuery String page) {
        inbox.markRead(number(id));
        return Response.seeOther(URI.create(back(page) + "#notification-" + number(id))).build();
    }

    @POST
    @Path("/read")
    public Response markAllRead() {
        inbox.markAllRead();
        return Response.seeOther(URI.create("/notifications")).cookie(Flash.of(ALL_READ)).build();
    }

    private static long number(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new Refusal(404, "There is no such notification.");
        }
        return Long.parseLong(id);
    }

    private static String back(String page) {
        int number = QueryString.pageNumber(page);
        return number > 1 ? "/notifications?page=" + number : "/notifications";
    }
}
