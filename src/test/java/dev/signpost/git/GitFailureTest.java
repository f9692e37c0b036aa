package dev.signpost.git;

import dev.signpost.content.source.TestRepo;

import org.eclipse.jgit.errors.TransportException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

class GitFailureTest {

    private static String reason(String message) {
        return GitFailure.of(new TransportException(message), GitAccess.anonymous(Duration.ofSeconds(5))).getMessage();
    }

    @Test
    void digitsInsideAPathAreNotAnHttpStatus() {
        String reason = reason("file:///tmp/junit-7244566699265840150/handbook.git/: not found.");
        assertTrue(reason.startsWith("There is no repository at this URL"), reason);
        reason = reason("https://git.example/team-403/docs.git: not found");
        assertTrue(reason.startsWith("There is no repository at this URL"), reason);
    }

    @Test
    void anHttpRefusalIsAboutCredentials() {
        for (String message : new String[] {"https://git.example/docs.git: not authorized", "https://git.example/docs.git: 403 Forbidden",
                "https://git.example/docs.git: status 401"}) {
            String reason = reason(message);
            assertTrue(reason.startsWith("The server refused the credentials"), message + " -> " + reason);
        }
    }
}
