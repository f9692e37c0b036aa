package dev.signpost;

import dev.signpost.security.StartupRefusals;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.util.List;

/**
 * Signpost's entry point. Before Quarkus starts anything, production settings that are unsafe or missing stop the
 * start with a short message naming what to set, instead of a stack trace from whichever extension fails first.
 */
@QuarkusMain
public final class SignpostMain {

    public static void main(String... args) {
        List<String> refusals = StartupRefusals.atLaunch();
        if (!refusals.isEmpty()) {
            System.err.println(StartupRefusals.message(refusals));
            System.exit(2);
        }
        Quarkus.run(args);
    }
}
