package dev.signpost.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A signed-in user without the role a page needs gets a 403 page saying which role it needs; JSON for the API. */
public class AccessDeniedPage {

    @CheckedTemplate(basePath = "security")
    static class Templates {
        static native TemplateInstance forbidden(String path, List<String> needed);
    }

    @Inject
    CurrentUser currentUser;

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, ResourceInfo resource) {
        String path = uri.getPath();
        List<String> needed = neededRoles(resource);
        if (path.startsWith("/api/")) {
            return Response.status(403).type(MediaType.APPLICATION_JSON).entity(Map.of("status", 403, "title", "Forbidden",
                    "detail", currentUser.username() + " lacks the role this needs: " + String.join(" or ", needed))).build();
        }
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.forbidden(path, needed).render()).build();
    }

    static List<String> neededRoles(ResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return List.of();
        }
        Method method = resource.getResourceMethod();
        RolesAllowed allowed = method == null ? null : method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? List.of() : Arrays.asList(allowed.value());
    }
}
