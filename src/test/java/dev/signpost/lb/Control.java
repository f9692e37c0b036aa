package dev.signpost.lb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an operator does to the fleet, through src/test/lb/instance.sh (which ci-stage.sh passes as {@code lb.control}). */
final class Control {

    private final Path script;

    Control(Path script) {
        this.script = script;
    }

    /** Runs one command to its end (at most {@code timeoutSeconds}) and fails the test if it fails; its output is the test's. */
    void run(long timeoutSeconds, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        long started = System.currentTimeMillis();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).inheritIO().start();
        boolean done = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        assertTrue(done, String.join(" ", args) + " did not finish within " + timeoutSeconds + " s");
        assertEquals(0, process.exitValue(), String.join(" ", args) + " failed");
        System.out.printf("lb: %s took %d ms%n", String.join(" ", args), System.currentTimeMillis() - started);
    }
}
