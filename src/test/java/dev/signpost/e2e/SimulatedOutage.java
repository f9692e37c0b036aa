package dev.signpost.e2e;

import dev.signpost.database.DatabaseUnavailableException;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Test-only: makes chosen requests fail the way they fail when the database is away, so that a browser test can see
 * what a page's scripts do then, and switch the outage off again without restarting anything. Inert until a test calls
 * {@link #begin}; {@link #end} switches it off.
 * <p>
 * {@link Kind#DOWN} and {@link Kind#UNKNOWN_OUTCOME} throw, from a request filter, the exceptions the application meets
 * when its database is not answering or goes away during a commit, so the application's own exception mappers
 * ({@code database.DatabaseUnavailablePage}) answer. {@link Kind#NO_ANSWER} closes the connection without answering.
 * {@link #cutEventStreams} closes every open Lean Coffee event stream, as a dropped network or a dying instance would.
 */
@ApplicationScoped
public class SimulatedOutage {

    /** How the chosen requests fail. */
    public enum Kind {
        /** The database is not answering: 503, nothing saved. */
        DOWN,
        /** The connection went away while the transaction committed: 503, the write may have been saved. */
        UNKNOWN_OUTCOME,
        /** No answer at all: the connection closes. */
        NO_ANSWER
    }

    private record Rule(String method, Pattern path, Kind kind) {
        boolean matches(String requestMethod, String requestPath) {
            return method.equalsIgnoreCase(requestMethod) && path.matcher(requestPath).matches();
        }
    }

    private static final Pattern EVENT_STREAM = Pattern.compile("/lean-coffee/\\d+/events");
    private static volatile Rule rule;
    private static final Set<RoutingContext> streams = ConcurrentHashMap.newKeySet();

    /** From now on, requests with this method whose path matches {@code pathRegex} fail as {@code kind} says. */
    public static void begin(String method, String pathRegex, Kind kind) {
        rule = new Rule(method, Pattern.compile(pathRegex), kind);
    }

    /** The database is back: requests are answered as usual. */
    public static void end() {
        rule = null;
    }

    /** Closes the connection of every open Lean Coffee event stream; returns how many were open. */
    public static int cutEventStreams() {
        int cut = 0;
        for (RoutingContext stream : streams) {
            streams.remove(stream);
            stream.request().connection().close();
            cut++;
        }
        return cut;
    }

    /** How many Lean Coffee event streams are open now. */
    public static int openEventStreams() {
        return streams.size();
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::route);
    }

    private void route(RoutingContext rc) {
        Rule current = rule;
        if (current != null && current.kind() == Kind.NO_ANSWER && current.matches(rc.request().method().name(), rc.normalizedPath())) {
            rc.request().connection().close();
            return;
        }
        if (EVENT_STREAM.matcher(rc.normalizedPath()).matches()) {
            streams.add(rc);
            rc.addEndHandler(ended -> streams.remove(rc));
        }
        rc.next();
    }

    @ServerRequestFilter
    public void fail(ContainerRequestContext request) {
        Rule current = rule;
        if (current == null || !current.matches(request.getMethod(), request.getUriInfo().getPath())) {
            return;
        }
        switch (current.kind()) {
            case DOWN -> throw new DatabaseUnavailableException("simulated outage");
            case UNKNOWN_OUTCOME -> {
                // what a commit cut by a PostgreSQL shutdown looks like (see ConnectionLostTest)
                RollbackException commit = new RollbackException("simulated: could not commit transaction");
                commit.addSuppressed(new RuntimeException("commit", new SQLException("terminating connection due to administrator command", "57P01")));
                throw new ArcUndeclaredThrowableException(commit);
            }
            case NO_ANSWER -> {
                // closed by the route above, before the request gets here
            }
        }
    }
}
