package dev.signpost.campaigns.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RuleTest {

    private static final String PAVED = "^acme/paved-road/\\.github/workflows/deploy\\.yml@v([2-9]|[1-9][0-9]+)";

    private static final String WORKFLOW_ON_PAVED_ROAD = """
            name: ci
            on: [push]
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - run: ./gradlew build
              deploy-staging:
                needs: build
                uses: acme/paved-road/.github/workflows/deploy.yml@v2
                with: { environment: staging }
              deploy-prod:
                needs: deploy-staging
                uses: acme/paved-road/.github/workflows/deploy.yml@v3.1
            """;

    private static final String WORKFLOW_HAND_ROLLED_DEPLOY = """
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - run: kubectl apply -f k8s/
            """;

    private static Rule.YamlMatches yaml(String path, String pattern, boolean every) {
        return new Rule.YamlMatches(Glob.of(".github/workflows/*.{yml,yaml}"), YamlPath.of(path), Pattern.compile(pattern), every);
    }

    @Test
    void existsAndAbsentLookAtPathsOnly() {
        FakeRepo jenkins = FakeRepo.of("Jenkinsfile", "pipeline {}", "README.md", "hi");
        FakeRepo moved = FakeRepo.of(".github/workflows/ci.yml", "jobs: {}");

        Outcome stillThere = new Rule.Absent(Glob.of("**/Jenkinsfile")).test(jenkins);
        assertFalse(stillThere.passed());
        assertEquals("Jenkinsfile", stillThere.path());
        assertTrue(new Rule.Absent(Glob.of("**/Jenkinsfile")).test(moved).passed());
        assertTrue(new Rule.Exists(Glob.of(".github/workflows/*.yml")).test(moved).passed());
        assertFalse(new Rule.Exists(Glob.of(".github/workflows/*.yml")).test(jenkins).passed());
    }

    @Test
    void containsAndLacksSearchTheMatchingFiles() {
        FakeRepo repo = FakeRepo.of("scripts/deploy.sh", "curl https://jenkins.acme.example/job/x\n", "scripts/test.sh", "echo ok\n");
        Pattern jenkinsUrl = Pattern.compile("jenkins\\.acme\\.example");

        Outcome lacks = new Rule.Lacks(Glob.of("scripts/*.sh"), jenkinsUrl).test(repo);
        assertFalse(lacks.passed());
        assertEquals("scripts/deploy.sh", lacks.path());
        assertTrue(new Rule.Contains(Glob.of("scripts/*.sh"), jenkinsUrl).test(repo).passed());
        assertTrue(new Rule.Lacks(Glob.of("src/*.sh"), jenkinsUrl).test(repo).passed(), "no files: nothing to lack");
        assertFalse(new Rule.Contains(Glob.of("src/*.sh"), jenkinsUrl).test(repo).passed(), "no files: nothing contains it");
    }

    @Test
    void everyDeployJobMustUseThePavedRoadAtV2OrLater() {
        Rule rule = yaml("jobs.deploy*.uses", PAVED, true);

        assertTrue(rule.test(FakeRepo.of(".github/workflows/ci.yml", WORKFLOW_ON_PAVED_ROAD)).passed());
        Outcome handRolled = rule.test(FakeRepo.of(".github/workflows/ci.yml", WORKFLOW_ON_PAVED_ROAD,
                ".github/workflows/release.yaml", WORKFLOW_HAND_ROLLED_DEPLOY));
        assertFalse(handRolled.passed(), "a deploy job without 'uses' fails 'every'");
        assertEquals(".github/workflows/release.yaml", handRolled.path());
        assertTrue(handRolled.detail().contains("jobs.deploy.uses is missing"), handRolled.detail());
        assertFalse(rule.test(FakeRepo.of(".github/workflows/ci.yml", WORKFLOW_ON_PAVED_ROAD.replace("@v3.1", "@v1"))).passed(),
                "v1 is older than the paved road allows");
    }

    @Test
    void stepLevelUsesAreSelectedThroughLists() {
        Rule checkout = yaml("jobs.*.steps.*.uses", "^actions/checkout@v4", false);

        Outcome found = checkout.test(FakeRepo.of(".github/workflows/ci.yml", WORKFLOW_HAND_ROLLED_DEPLOY));
        assertTrue(found.passed());
        assertTrue(found.detail().contains("jobs.deploy.steps.0.uses"), found.detail());
        assertFalse(yaml("jobs.*.steps.*.uses", "^actions/setup-java", false)
                .test(FakeRepo.of(".github/workflows/ci.yml", WORKFLOW_HAND_ROLLED_DEPLOY)).passed());
    }

    @Test
    void anchorsAndAliasesAreResolved() {
        String anchored = """
                x-deploy: &deploy
                  uses: acme/paved-road/.github/workflows/deploy.yml@v2
                jobs:
                  deploy-staging: *deploy
                  deploy-prod:
                    <<: *deploy
                    with: { environment: prod }
                """;
        assertTrue(yaml("jobs.deploy*.uses", PAVED, true).test(FakeRepo.of(".github/workflows/ci.yml", anchored)).passed());
    }

    @Test
    void aFileThatIsNotYamlFailsEveryAndIsSkippedBySome() {
        FakeRepo broken = FakeRepo.of(".github/workflows/ci.yml", "jobs: [unclosed", ".github/workflows/ok.yml", WORKFLOW_ON_PAVED_ROAD);

        Outcome every = yaml("jobs.deploy*.uses", PAVED, true).test(broken);
        assertFalse(every.passed());
        assertTrue(every.detail().contains("not valid YAML"), every.detail());
        assertTrue(yaml("jobs.deploy*.uses", PAVED, false).test(broken).passed());
    }

    @Test
    void aBillionLaughsFileIsRefusedNotExpanded() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append("]\n");
        }
        bomb.append("jobs:\n  deploy:\n    uses: *j\n");
        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> yaml("jobs.deploy.uses", PAVED, true)
                .test(FakeRepo.of(".github/workflows/ci.yml", bomb.toString())));
        assertFalse(outcome.passed());
    }

    @Test
    void aPatternThatBacktracksExponentiallyInJavaRegexFinishesAtOnce() {
        String text = "a".repeat(5_000) + "!";
        Rule rule = new Rule.Contains(Glob.of("*.txt"), Pattern.compile("^(a+)+$"));

        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> rule.test(FakeRepo.of("x.txt", text)));
        assertFalse(outcome.passed());
    }
}
