package dev.signpost.database;

import dev.signpost.web.Problem;
import dev.signpost.web.Submission;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Optional;

/**
 * A page that needs the database while it is down answers 503 with a plain explanation and a Retry-After; the page
 * works again by itself once the database is back. So does a request whose connection the database dropped (it
 * restarted while the request ran): the work was rolled back, and trying again shortly succeeds. When the connection
 * went away while the transaction was being committed, the database may have saved the work before it went: the page
 * says so (and {@value #OUTCOME_HEADER}: {@value #OUTCOME_UNKNOWN}), so that nobody is told "nothing was saved" about
 * something that was. Database errors that are not an outage stay 500s, without details.
 */
public class DatabaseUnavailablePage {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailablePage.class);
    static final String RETRY_AFTER_SECONDS = "10";
    /** Tells a program that a write may or may not have been saved (its commit met the database going away). */
    public static final String OUTCOME_HEADER = "Signpost-Write-Outcome";
    public static final String OUTCOME_UNKNOWN = "unknown";

    @CheckedTemplate(basePath = "database")
    static class Templates {
        static native TemplateInstance unavailable(String path);

        static native TemplateInstance failed(String path);

        static native TemplateInstance uncertain(String path);

        static native TemplateInstance givenBack(String path, List<Submission.SentField> fields, boolean maybeSaved);
    }

    @Inject
    Database database;
    @Inject
    Submission submission;

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
        return failed(e, uri.getPath());
    }

    /**
     * A failure the transaction manager reports around a commit (wrapped, since its exceptions are checked): a 503 when
     * the database went away, saying whether the work may have been saved; otherwise the 500 page.
     */
    @ServerExceptionMapper({io.quarkus.arc.ArcUndeclaredThrowableException.class, io.quarkus.narayana.jta.QuarkusTransactionException.class})
    public Response transactionFailed(RuntimeException e, UriInfo uri) {
        Optional<String> lost = Database.connectionLost(e);
        if (lost.isEmpty()) {
            return failed(e, uri.getPath());
        }
        if (!Database.whileCommitting(e)) {
            LOG.warnf("Database unavailable for %s: %s", uri.getPath(), lost.get());
            return serviceUnavailable(uri.getPath());
        }
        LOG.warnf("Database went away while %s was being saved; it may or may not have been: %s", uri.getPath(), lost.get());
        if (uri.getPath().startsWith("/api/")) {
            return Problem.response(503, "Database unavailable", "The database went away while this was being saved: it may or "
                    + "may not have been. Check before sending it again.")
                    .header("Retry-After", RETRY_AFTER_SECONDS).header(OUTCOME_HEADER, OUTCOME_UNKNOWN).build();
        }
        return Response.status(503).header("Retry-After", RETRY_AFTER_SECONDS).header(OUTCOME_HEADER, OUTCOME_UNKNOWN)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page(uri.getPath(), Submission.Outage.MAYBE_SAVED)).build();
    }

    private static Response failed(Throwable e, String path) {
        LOG.errorf(e, "Request failed: %s", path);
        if (path.startsWith("/api/")) {
            return Problem.response(500, "Internal error", "The request failed; the error is in the server log.").build();
        }
        return Response.serverError().type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.failed(path).render()).build();
    }

    /**
     * A browser's form post gets what it sent back, in a form to the same address (its own page may need the database
     * to be shown); anything else gets the plain page.
     */
    private String page(String path, Submission.Outage outage) {
        if (!submission.formPost()) {
            return outage == Submission.Outage.MAYBE_SAVED ? Templates.uncertain(path).render() : Templates.unavailable(path).render();
        }
        submission.refused(outage);
        return Templates.givenBack(path, submission.fields(), outage == Submission.Outage.MAYBE_SAVED).render();
    }

    private Response serviceUnavailable(String path) {
        if (path.startsWith("/api/")) {
            return Problem.response(503, "Database unavailable", "The database is temporarily unavailable; try again shortly.")
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        return Response.status(503).header("Retry-After", RETRY_AFTER_SECONDS).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(path, Submission.Outage.NOT_SAVED)).build();
    }
}
