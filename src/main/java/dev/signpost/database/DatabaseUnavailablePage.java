package dev.signpost.database;

import dev.signpost.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Optional;

/**
 * A page that needs the database while it is down answers 503 with a plain explanation and a Retry-After; the page
 * works again by itself once the database is back. So does a request whose connection the database dropped (it
 * restarted while the request ran): the work was rolled back, and trying again shortly succeeds. Database errors that
 * are not an outage stay 500s, without details.
 */
public class DatabaseUnavailablePage {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailablePage.class);
    static final String RETRY_AFTER_SECONDS = "10";

    @CheckedTemplate(basePath = "database")
    static class Templates {
        static native TemplateInstance unavailable(String path);

        static native TemplateInstance failed(String path);
    }

    @Inject
    Database database;

    @ServerExceptionMapper
    public Response unavailable(DatabaseUnavailableException e, UriInfo uri) {
        return serviceUnavailable(uri.getPath());
    }

    @ServerExceptionMapper
    public Response persistenceFailed(PersistenceException e, UriInfo uri) {
        Optional<String> problem = Database.connectionLost(e).or(database::problem);
        if (problem.isPresent()) {
            LOG.warnf("Database unavailable for %s: %s", uri.getPath(), problem.get());
            return serviceUnavailable(uri.getPath());
        }
        LOG.errorf(e, "Database error for %s", uri.getPath());
        if (uri.getPath().startsWith("/api/")) {
            return Problem.response(500, "Internal error", "The request failed; the error is in the server log.").build();
        }
        return Response.serverError().type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.failed(uri.getPath()).render()).build();
    }

    private static Response serviceUnavailable(String path) {
        if (path.startsWith("/api/")) {
            return Problem.response(503, "Database unavailable", "The database is temporarily unavailable; try again shortly.")
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        return Response.status(503).header("Retry-After", RETRY_AFTER_SECONDS).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.unavailable(path).render()).build();
    }
}
