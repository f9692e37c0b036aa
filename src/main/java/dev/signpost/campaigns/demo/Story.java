package dev.signpost.campaigns.demo;

import java.io.IOException;
import java.util.Random;
import java.util.Set;

/**
 * One demo repository's year: when it was made, whether and when it moved from Jenkins to GitHub Actions, and how it
 * deploys. Weeks count back from the day of generation; the same index and seed always tell the same story.
 */
record Story(String name, int createdWeeksAgo, boolean bornOnActions, int workflowWeek, int dropJenkinsWeek, int pavedV1Week,
        int pavedV2Week) {

    private static final Set<String> NEVER = Set.of("jenkins-shared-library", "legacy-billing", "warehouse-loader");
    private static final Set<String> BORN_ON_ACTIONS = Set.of("app-config", "paved-road", "recommendations", "token-broker");
    private static final int NOT = -1;
    private static final String[] AUTHORS = {"Alice Author", "Sam Member", "Maya Manager", "Ada Admin", "Lee Developer"};

    static Story of(String name, int index, Random random) {
        if (BORN_ON_ACTIONS.contains(name)) {
            int created = 8 + random.nextInt(36);
            return new Story(name, created, true, created, NOT, random.nextBoolean() ? NOT : created, Math.max(0, created - 3 - random.nextInt(6)));
        }
        int created = 60 + random.nextInt(60);
        if (NEVER.contains(name)) {
            return new Story(name, created, false, NOT, NOT, NOT, NOT);
        }
        int workflow = 2 + random.nextInt(46);
        int drop = workflow - 1 - random.nextInt(7);
        int paved = random.nextInt(100);
        int v1 = paved < 55 ? Math.max(0, workflow - 1 - random.nextInt(4)) : NOT;
        int v2 = paved < 40 ? Math.max(0, (v1 == NOT ? workflow : v1) - 2 - random.nextInt(10))
                : paved < 80 && v1 == NOT ? Math.max(0, workflow - random.nextInt(3)) : NOT;
        return new Story(name, created, false, workflow, drop, v1, v2);
    }

    void tell(DemoRepositories.Writer repo, Random random) throws IOException {
        repo.write("README.md", "# " + name + "\n\nOwned by its team; see the service catalog.\n")
                .write("src/main/App.java", "class App {\n    // " + name + "\n}\n");
        if (bornOnActions) {
            repo.write(".github/workflows/ci.yml", workflow(pavedV1Week == createdWeeksAgo ? "v1" : null));
        } else {
            repo.write("Jenkinsfile", jenkinsfile());
        }
        repo.commit("Start " + name, createdWeeksAgo, 0, author(random));
        for (int week = createdWeeksAgo - 1; week >= 0; week--) {
            boolean changed = false;
            if (week == workflowWeek && !bornOnActions) {
                repo.write(".github/workflows/ci.yml", workflow(null));
                changed = true;
            }
            if (week == pavedV1Week && (!bornOnActions || week != createdWeeksAgo)) {
                repo.write(".github/workflows/ci.yml", workflow("v1"));
                changed = true;
            }
            if (week == pavedV2Week) {
                repo.write(".github/workflows/ci.yml", workflow("v2"));
                changed = true;
            }
            if (week == dropJenkinsWeek && dropJenkinsWeek >= 0) {
                repo.delete("Jenkinsfile");
                changed = true;
            }
            if (changed) {
                repo.commit(message(week), week, 2, author(random));
            } else if (random.nextInt(4) == 0) {
                repo.write("src/main/App.java", "class App {\n    // " + name + ", change " + week + "\n}\n");
                repo.commit("Small change", week, 1 + random.nextInt(4), author(random));
            }
        }
    }

    private String message(int week) {
        if (week == dropJenkinsWeek) {
            return "Remove the Jenkinsfile: builds run on GitHub Actions";
        }
        if (week == pavedV2Week) {
            return "Deploy with the paved-road workflow v2";
        }
        if (week == pavedV1Week) {
            return "Deploy with the paved-road workflow";
        }
        return "Build with GitHub Actions";
    }

    private static String author(Random random) {
        return AUTHORS[random.nextInt(AUTHORS.length)];
    }

    private static String jenkinsfile() {
        return """
                pipeline {
                  agent any
                  stages {
                    stage('Build') { steps { sh './gradlew build' } }
                    stage('Deploy') { steps { sh './deploy.sh production' } }
                  }
                }
                """;
    }

    /** A workflow whose deploy job is hand-rolled ({@code paved} null) or the paved-road reusable workflow at a version. */
    static String workflow(String paved) {
        String deploy = paved == null ? """
                  deploy:
                    needs: build
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: ./deploy.sh production
                """ : """
                  deploy:
                    needs: build
                    uses: acme/paved-road/.github/workflows/deploy.yml@%s
                    with:
                      environment: production
                """.formatted(paved);
        return """
                name: ci
                on:
                  push:
                    branches: [main]
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: ./gradlew build
                """ + deploy;
    }
}
