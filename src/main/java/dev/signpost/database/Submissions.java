package dev.signpost.database;

import dev.signpost.web.Flash;
import dev.signpost.web.Problem;
import dev.signpost.web.Submission;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Writes that are stored once and give their form back when the database is away (ADR 0022). A resource hands over its
 * write and how it shows its form as typed; the write runs in one transaction with a {@link FormSubmission} row for the
 * form's submission key. A resend of the same submission is answered like the first success (its redirect, with the
 * flash {@value Submission#ALREADY_SAVED}); a write the database refused is answered 503 with the form again, its key
 * kept and a message above it ({@code tags/form.html}) saying nothing was saved, or, when the commit itself was cut,
 * that it may have been.
 */
@ApplicationScoped
public class Submissions {

    private static final Logger LOG = Logger.getLogger(Submissions.class);
    /** The header an API client names its attempt with; a retry with the same key and body is not stored again. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Set on an API answer to a retry: the write had been stored, Location says what it made. */
    public static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    Submission submission;
    @Inject
    Database database;
    @Inject
    TransactionManager transactions;
    @Inject
    EntityManager entities;
    @Inject
    Clock clock;

    /**
     * A form's write: stored once per submission key; an outage answers 503 with {@code form} (the form as typed, shown
     * without the database), or, when {@code form} is null, with the plain form of what was sent.
     */
    public Response form(String kind, Callable<Response> write, Supplier<Object> form) {
        Optional<String> hash = submission.postedKey().map(key -> hash(kind, key, submission.sentFields() + '\n' + submission.sender()));
        try {
            return once(kind, hash, write, location -> Response.seeOther(URI.create(location == null ? "/" : location))
                    .cookie(Flash.of(Submission.ALREADY_SAVED)).build());
        } catch (RuntimeException e) {
            Submission.Outage outage = outage(e).orElseThrow(() -> e);
            if (form == null) {
                throw e; // its page needs the database: DatabaseUnavailablePage gives back what was sent
            }
            LOG.warnf("Database unavailable; %s form given back (%s): %s", kind, outage, Database.rootMessage(e));
            submission.refused(outage);
            Response.ResponseBuilder answer = Response.status(503).header("Retry-After", DatabaseUnavailablePage.RETRY_AFTER_SECONDS)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(form.get());
            if (outage == Submission.Outage.MAYBE_SAVED) {
                answer.header(DatabaseUnavailablePage.OUTCOME_HEADER, DatabaseUnavailablePage.OUTCOME_UNKNOWN);
            }
            return answer.build();
        }
    }

    /**
     * An API write that creates something, stored once per {@code Idempotency-Key} and body ({@code sent}, a record's
     * text); a retry answers 303 to what the first made. Without a key it simply runs. Outages go to the API's 503 problem.
     */
    public Response api(String kind, String idempotencyKey, Object sent, Callable<Response> write) {
        if (idempotencyKey == null) {
            return once(kind, Optional.empty(), write, location -> null);
        }
        if (!Submission.wellFormed(idempotencyKey)) {
            return Problem.response(400, "Bad Idempotency-Key", "An Idempotency-Key is 16 to 64 letters, digits, '-' or '_' (a UUID is one).")
                    .build();
        }
        return once(kind, Optional.of(hash(kind, idempotencyKey, String.valueOf(sent))), write,
                location -> (location == null ? Response.noContent() : Response.seeOther(URI.create(location))).header(REPLAYED, "true").build());
    }

    private Response once(String kind, Optional<String> hash, Callable<Response> write, java.util.function.Function<String, Response> repeat) {
        Optional<FormSubmission> earlier = hash.flatMap(this::earlier);
        if (earlier.isPresent()) {
            return repeat.apply(earlier.get().location);
        }
        try {
            return inTransaction(kind, hash, write);
        } catch (PersistenceException e) {
            // two sends of one submission at once: the second meets the first's row; answer as a resend
            Optional<FormSubmission> first = Database.connectionLost(e).isEmpty() ? hash.flatMap(this::earlier) : Optional.empty();
            return first.map(f -> repeat.apply(f.location)).orElseThrow(() -> e);
        }
    }

    private Optional<FormSubmission> earlier(String hash) {
        return Optional.ofNullable(FormSubmission.findById(hash));
    }

    private Response inTransaction(String kind, Optional<String> hash, Callable<Response> write) {
        try {
            transactions.begin();
            Response response = write.call();
            if (response.getStatus() >= 400) { // refused with the form shown again: nothing of it is kept
                transactions.rollback();
                return response;
            }
            if (hash.isPresent()) {
                FormSubmission row = new FormSubmission();
                row.hash = hash.get();
                row.kind = kind;
                URI location = response.getLocation();
                row.location = location == null ? null : trimmed(location.toString());
                row.createdAt = clock.instant();
                row.persist();
            }
            entities.flush(); // a statement the database refuses fails here, before the commit: then nothing was saved
            transactions.commit();
            return response;
        } catch (RuntimeException e) {
            rollbackIfActive();
            throw e;
        } catch (Exception e) {
            rollbackIfActive();
            throw new QuarkusTransactionException(e);
        }
    }

    private void rollbackIfActive() {
        try {
            if (transactions.getTransaction() != null) {
                transactions.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.debugf("Rollback after a failed write failed too: %s", e.getMessage());
        }
    }

    /** Whether the failure is the database being away, and if so whether the write may have been saved. */
    Optional<Submission.Outage> outage(RuntimeException e) {
        if (Database.connectionLost(e).isPresent()) {
            return Optional.of(Database.whileCommitting(e) ? Submission.Outage.MAYBE_SAVED : Submission.Outage.NOT_SAVED);
        }
        boolean databaseError = e instanceof DatabaseUnavailableException || e instanceof PersistenceException
                || e instanceof QuarkusTransactionException;
        return databaseError && database.problem().isPresent() ? Optional.of(Submission.Outage.NOT_SAVED) : Optional.empty();
    }

    private static String trimmed(String location) {
        return location.length() > FormSubmission.LOCATION_LENGTH ? null : location;
    }

    static String hash(String kind, String key, String sent) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((kind + '\n' + key + '\n' + sent).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
