package dev.signpost.git;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Push payloads in each provider's documented shape, their signatures, and whether they concern a source's repository. */
public class PushEventTest {

    public static byte[] payload(String provider) throws IOException {
        try (InputStream in = PushEventTest.class.getResourceAsStream("/webhooks/" + provider + "-push.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void shouldReadTheRefAndRepositoryOfEachProvidersPush() throws IOException {
        PushEvent github = PushEvent.parse(GitProvider.GITHUB, payload("github")).orElseThrow();
        assertEquals("refs/heads/main", github.ref());
        assertEquals("acme/handbook", github.fullName());
        assertTrue(github.concerns("https://github.com/acme/handbook.git"));
        assertTrue(github.concerns("git@github.com:acme/handbook.git"), "the SSH URL of the same repository");
        assertTrue(github.concerns("https://x-access-token:abc@GitHub.com/acme/handbook"), "user info, case and .git do not matter");
        assertFalse(github.concerns("https://github.com/acme/handbook-old.git"));

        PushEvent gitlab = PushEvent.parse(GitProvider.GITLAB, payload("gitlab")).orElseThrow();
        assertEquals("acme/handbook", gitlab.fullName());
        assertTrue(gitlab.concerns("ssh://git@gitlab.example.com:2222/acme/handbook.git"), "another port of the same host");
        PushEvent gitea = PushEvent.parse(GitProvider.GITEA, payload("gitea")).orElseThrow();
        assertTrue(gitea.concerns("https://gitea.example.com/acme/handbook.git"));
        assertTrue(gitea.concerns("file:///srv/mirrors/acme/handbook.git"), "a mirror of it, named by its full name");
    }

    @Test
    void shouldRefuseWhatIsNotAPushPayload() {
        assertEquals(Optional.empty(), PushEvent.parse(GitProvider.GITHUB, "not json".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), PushEvent.parse(GitProvider.GITHUB, "{\"zen\":\"Keep it simple.\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), PushEvent.parse(GitProvider.GITHUB, "[1,2]".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldSignAsGitHubDocumentsIt() {
        // GitHub's documented example: this secret and body give this signature.
        assertEquals("757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
                WebhookSignature.hmac("Hello, World!".getBytes(StandardCharsets.UTF_8), "It's a Secret to Everybody"));
    }

    @Test
    void shouldTellProvidersApartAndCheckTheirSignatures() throws IOException {
        byte[] body = payload("github");
        String secret = "It's a Secret to Everybody";
        String hmac = WebhookSignature.hmac(body, secret);
        Map<String, String> github = Map.of("X-GitHub-Event", "push", "X-Hub-Signature-256", "sha256=" + hmac);
        assertEquals(Optional.of(GitProvider.GITHUB), GitProvider.of(github::get));
        assertTrue(GitProvider.GITHUB.verified(github::get, body, secret));
        assertFalse(GitProvider.GITHUB.verified(github::get, body, secret + "!"));
        assertFalse(GitProvider.GITHUB.verified(Map.of("X-GitHub-Event", "push")::get, body, secret), "no signature");
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("main", "evil").getBytes(StandardCharsets.UTF_8);
        assertFalse(GitProvider.GITHUB.verified(github::get, tampered, secret), "a changed body");

        Map<String, String> gitea = Map.of("X-Gitea-Event", "push", "X-GitHub-Event", "push", "X-Gitea-Signature", hmac);
        assertEquals(Optional.of(GitProvider.GITEA), GitProvider.of(gitea::get), "Gitea sends GitHub's headers too");
        assertTrue(GitProvider.GITEA.verified(gitea::get, body, secret));
        Map<String, String> forgejo = Map.of("X-Forgejo-Event", "push", "X-Forgejo-Signature", hmac);
        assertTrue(GitProvider.GITEA.verified(forgejo::get, body, secret));

        Map<String, String> gitlab = Map.of("X-Gitlab-Event", "Push Hook", "X-Gitlab-Token", secret);
        assertEquals(Optional.of(GitProvider.GITLAB), GitProvider.of(gitlab::get));
        assertTrue(GitProvider.GITLAB.verified(gitlab::get, body, secret));
        assertFalse(GitProvider.GITLAB.verified(Map.of("X-Gitlab-Token", "guess")::get, body, secret));
        assertTrue(GitProvider.GITLAB.isPush("Tag Push Hook"));
        assertFalse(GitProvider.GITHUB.isPush("ping"));
        assertEquals(Optional.empty(), GitProvider.of(Map.<String, String>of()::get));
    }
}
