package dev.signpost.sources;

import dev.signpost.git.GitProvider;
import dev.signpost.git.PushEvent;
import dev.signpost.audit.AuditLog;
import dev.signpost.content.source.ContentSources;
import dev.signpost.content.source.SourcesConfig;
import dev.signpost.content.source.SourceWebhook;
import dev.signpost.web.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestPath;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code POST /webhooks/{source}}: a push webhook from GitHub, GitLab or Gitea/Forgejo. Signed with the source's secret
 * and naming the source's repository and ref, it refreshes the source at once (200); a push to another branch or
 * repository, or another event, is acknowledged and ignored (202); a missing or wrong signature is refused (401) and
 * written to the audit log; a body over {@code signpost.sources.webhook-max-body} is refused (413). Nothing in a
 * webhook can make Signpost fetch anything but the source's configured URL.
 */
@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private static final Logger LOG = Logger.getLogger(WebhookResource.class);

    @Inject
    ContentSources sources;
    @Inject
    SourcesConfig config;
    @Inject
    AuditLog audit;
    @Inject
    SourceRefreshes refreshes;

    @POST
    @Path("{source}")
    public Response receive(@RestPath String source, InputStream body, @Context HttpHeaders headers, @Context HttpServerRequest request)
            throws IOException {
        Optional<SourceWebhook> webhook = sources.webhook(source);
        if (webhook.isEmpty()) {
            return Problem.response(404, "No such source", "There is no git source called '" + source + "' to refresh.").build();
        }
        long max = config.webhookMaxBody().asLongValue();
        if (headers.getLength() > max) {
            return tooLarge(max);
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            return tooLarge(max);
        }
        UnaryOperator<String> header = headers::getHeaderString;
        Optional<GitProvider> provider = GitProvider.of(header);
        if (provider.isEmpty()) {
            return refused(source, "unknown", "no X-GitHub-Event, X-Gitlab-Event or X-Gitea-Event header", request);
        }
        Optional<String> secret = webhook.get().secret();
        if (secret.isEmpty()) {
            return refused(source, provider.get().label(), "no webhook secret is configured for this source", request);
        }
        if (!provider.get().verified(header, bytes, secret.get())) {
            return refused(source, provider.get().label(), "missing or wrong " + provider.get().proofHeader(), request);
        }
        String event = provider.get().event(header);
        if (!provider.get().isPush(event)) {
            return ignored(source, "a " + provider.get().label() + " '" + event + "' event is not a push");
        }
        Optional<PushEvent> push = PushEvent.parse(provider.get(), bytes);
        if (push.isEmpty()) {
            return Problem.response(400, "Not a push event", "The body is not a " + provider.get().label() + " push payload (JSON with a ref).").build();
        }
        if (!push.get().concerns(webhook.get().url())) {
            return ignored(source, "the push went to another repository (" + push.get().fullName() + ")");
        }
        String ref = webhook.get().ref();
        if (ref != null && !ref.equals(push.get().ref())) {
            return ignored(source, "the push went to " + push.get().ref() + ", the source serves " + ref);
        }
        refreshes.refresh(source, "a push webhook from " + provider.get().label());
        return Response.ok(Map.of("source", source, "status", "refreshing", "ref", push.get().ref())).build();
    }

    private Response refused(String source, String provider, String why, HttpServerRequest request) {
        String from = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        LOG.warnf("Webhook for source %s refused: %s (from %s)", source, why, from);
        try {
            audit.recordAs("webhook", "source.webhook.refused", "source", source, provider + ": " + why + " (from " + from + ")");
        } catch (RuntimeException e) {
            LOG.warnf("Audit event not stored for a refused webhook of %s: %s", source, e.getMessage());
        }
        return Problem.response(401, "Webhook not signed", "The webhook for source '" + source + "' was refused: " + why
                + ". Set the same secret in the git server's webhook and in Signpost.").build();
    }

    private static Response ignored(String source, String why) {
        return Response.accepted(Map.of("source", source, "status", "ignored", "reason", why)).build();
    }

    private static Response tooLarge(long max) {
        return Problem.response(413, "Payload too large", "Webhook bodies are limited to " + max / 1024 + " KiB.").build();
    }
}
