package dev.signpost.notifications.chat;

import dev.signpost.notifications.Delivery;
import dev.signpost.notifications.Message;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Posts one payload to a webhook with the JDK's HTTP client (bounded connect and answer times, redirects not
 * followed) and says what the answer means ({@link WebhookAnswers}). The message's idempotency key goes along as
 * {@code Idempotency-Key}, so a receiver can recognise a retry. Failures never name the webhook's address.
 */
@ApplicationScoped
public class WebhookPost {

    static final String USER_AGENT = "Signpost";
    /** How much of an answer is read: enough for the admin's excerpt, never a whole page. */
    private static final int READ_LIMIT = 4096;

    @Inject
    ChatConfig config;
    @Inject
    Clock clock;

    private HttpClient client;

    @PostConstruct
    void start() {
        client = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Delivery post(String url, String json, String idempotencyKey) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", Message.asHeader(idempotencyKey))
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream body = response.body()) {
                answer = new String(body.readNBytes(READ_LIMIT), StandardCharsets.UTF_8);
            }
            return WebhookAnswers.of(response.statusCode(), response.headers().firstValue("Retry-After"), answer, clock.instant());
        } catch (HttpConnectTimeoutException e) {
            return Delivery.retryLater("could not connect to the webhook within " + said(config.connectTimeout()));
        } catch (HttpTimeoutException e) {
            return Delivery.retryLater("no answer from the webhook within " + said(config.timeout()));
        } catch (ConnectException e) {
            return Delivery.retryLater("could not connect to the webhook (" + e.getClass().getSimpleName() + ")");
        } catch (IOException e) {
            return Delivery.retryLater("the webhook request failed (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.retryLater("interrupted while posting to the webhook");
        }
    }

    private static String said(java.time.Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
