package dev.signpost.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A {@link Refusal} nobody caught: its status with a JSON problem under /api/, else a page with the message. */
public class RefusalPage {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance refused(int status, String message);
    }

    @ServerExceptionMapper
    public Response refused(Refusal refusal, UriInfo uri) {
        if (uri.getPath().startsWith("/api/")) {
            return Problem.response(refusal.status(), title(refusal.status()), refusal.getMessage()).build();
        }
        return Response.status(refusal.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.refused(refusal.status(), refusal.getMessage()).render()).build();
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            default -> "Refused";
        };
    }
}
