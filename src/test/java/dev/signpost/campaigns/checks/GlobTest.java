package dev.signpost.campaigns.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GlobTest {

    @ParameterizedTest
    @CsvSource({
            "Jenkinsfile, Jenkinsfile, true",
            "Jenkinsfile, ci/Jenkinsfile, false",
            "**/Jenkinsfile, Jenkinsfile, true",
            "**/Jenkinsfile, ci/jobs/Jenkinsfile, true",
            "**/Jenkinsfile, ci/Jenkinsfile.bak, false",
            "'.github/workflows/*.{yml,yaml}', .github/workflows/ci.yml, true",
            "'.github/workflows/*.{yml,yaml}', .github/workflows/ci.yaml, true",
            "'.github/workflows/*.{yml,yaml}', .github/workflows/old/ci.yml, false",
            "'.github/workflows/*.{yml,yaml}', .github/workflowsXci.yml, false",
            "src/**, src/a/b/c.java, true",
            "src/**/*.sh, src/deploy.sh, true",
            "src/**/*.sh, src/x/y/deploy.sh, true",
            "deploy-?.sh, deploy-1.sh, true",
            "deploy-?.sh, deploy-12.sh, false",
            "[Jj]enkinsfile, jenkinsfile, true",
            "[!J]enkinsfile, Jenkinsfile, false",
            "/Jenkinsfile, Jenkinsfile, true",
            "a+b(c).txt, a+b(c).txt, true",
            "a+b(c).txt, aab(c).txt, false",
    })
    void matchesWholePathsFromTheRoot(String glob, String path, boolean matches) {
        if (matches) {
            assertTrue(Glob.of(glob).matches(path), glob + " should match " + path);
        } else {
            assertFalse(Glob.of(glob).matches(path), glob + " should not match " + path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{a,b", "a}", "x**/y", "[ab", "a\\", " "})
    void malformedGlobsAreRefusedWithAMessage(String glob) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glob.of(glob));
        assertFalse(e.getMessage().isBlank());
    }
}
