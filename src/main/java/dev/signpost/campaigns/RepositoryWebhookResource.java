package dev.signpost.campaigns;

import dev.signpost.audit.AuditLog;
import dev.signpost.git.GitProvider;
import dev.signpost.git.PushEvent;
import dev.signpost.git.Secrets;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * {@code POST /webhooks/campaigns/push}: one push webhook for every repository of the inventory (an organisation-wide
 * webhook on GitHub, a group hook on GitLab, or one per repository), signed with
 * {@code signpost.campaigns.webhook-secret-*}. A signed push to a repository of the inventory fetches that repository
 * and re-evaluates it at once (200); a push to any other repository, or another event, is acknowledged and ignored
 * (202); a missing or wrong signature is refused (401) and audited. Nothing in the payload decides what is fetched: only
 * the inventory's own URL of the repository it names.
 */
@Path("/webhooks/campaigns/push")
@Produces(MediaType.APPLICATION_JSON)
public class RepositoryWebhookResource {

    private static final Logger LOG = Logger.getLogger(RepositoryWebhookResource.class);

    @Inject
    CampaignsConfig config;
    @Inject
    CampaignCatalog catalog;
    @Inject
    CampaignTracker tracker;
    @Inject
    AuditLog audit;

    @POST
    public Response receive(InputStream body, @Context HttpHeaders headers, @Context HttpServerRequest request) throws IOException {
        long max = config.webhookMaxBody().asLongValue();
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (headers.getLength() > max || bytes.length > max) {
            return Problem.response(413, "Payload too large", "Webhook bodies are limited to " + max / 1024 + " KiB.").build();
        }
        UnaryOperator<String> header = headers::getHeaderString;
        Optional<GitProvider> provider = GitProvider.of(header);
        if (provider.isEmpty()) {
            return refused("unknown", "no X-GitHub-Event, X-Gitlab-Event or X-Gitea-Event header", request);
        }
        Optional<String> secret = Secrets.read(config.webhookSecretEnv(), config.webhookSecretFile());
        if (secret.isEmpty()) {
            return refused(provider.get().label(), "no webhook secret is configured (signpost.campaigns.webhook-secret-env or -file)", request);
        }
        if (!provider.get().verified(header, bytes, secret.get())) {
            return refused(provider.get().label(), "missing or wrong " + provider.get().proofHeader(), request);
        }
        String event = provider.get().event(header);
        if (!provider.get().isPush(event)) {
            return ignored("a " + provider.get().label() + " '" + event + "' event is not a push");
        }
        Optional<PushEvent> push = PushEvent.parse(provider.get(), bytes);
        if (push.isEmpty()) {
            return Problem.response(400, "Not a push event", "The body is not a " + provider.get().label() + " push payload (JSON with a ref).").build();
        }
        Optional<Repository> repository = catalog.campaigns().repositories().stream().filter(r -> push.get().concerns(r.url())).findFirst();
        if (repository.isEmpty()) {
            return ignored("the push went to a repository that is not in the inventory (" + push.get().fullName() + ")");
        }
        tracker.refresh(repository.get().name());
        return Response.ok(Map.of("repository", repository.get().name(), "status", "refreshing")).build();
    }

    private Response refused(String provider, String why, HttpServerRequest request) {
        String from = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        LOG.warnf("Repository webhook refused: %s (from %s)", why, from);
        try {
            audit.recordAs("webhook", "campaigns.webhook.refused", "repositories", "inventory", provider + ": " + why + " (from " + from + ")");
        } catch (RuntimeException e) {
            LOG.warnf("Audit event not stored for a refused repository webhook: %s", e.getMessage());
        }
        return Problem.response(401, "Webhook not signed", "The repository webhook was refused: " + why
                + ". Set the same secret in the git server's webhook and in Signpost.").build();
    }

    private static Response ignored(String why) {
        return Response.accepted(Map.of("status", "ignored", "reason", why)).build();
    }
}
