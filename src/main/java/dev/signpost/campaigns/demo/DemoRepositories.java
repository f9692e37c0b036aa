package dev.signpost.campaigns.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * The demo's repositories: about thirty small git repositories with a year of dated commits, made once under the data
 * folder so that {@code ./mvnw quarkus:dev} shows a real campaign with nothing fetched from the network. Deterministic
 * for a given day of generation: most repositories move from a {@code Jenkinsfile} to GitHub Actions at some week of
 * the year (some then adopt the paved-road deploy workflow, first at {@code @v1}, later {@code @v2}), a few were born
 * on GitHub Actions, and a few never move. The bundled {@code repositories.yml} names them as {@code demo:NAME}.
 */
public final class DemoRepositories {

    /** The demo's repositories and their owner teams, in the order of the bundled inventory. */
    public static final List<String[]> ALL = List.of(
            new String[] {"payments-api", "payments"}, new String[] {"payments-ledger", "payments"},
            new String[] {"payments-web", "payments"}, new String[] {"fraud-scoring", "payments"},
            new String[] {"checkout-web", "checkout"}, new String[] {"checkout-api", "checkout"},
            new String[] {"cart-service", "checkout"}, new String[] {"promotions", "checkout"},
            new String[] {"search-api", "search"}, new String[] {"search-indexer", "search"},
            new String[] {"catalog-service", "search"}, new String[] {"recommendations", "search"},
            new String[] {"identity-service", "identity"}, new String[] {"login-web", "identity"},
            new String[] {"token-broker", "identity"}, new String[] {"audit-trail", "identity"},
            new String[] {"data-pipeline", "data"}, new String[] {"events-gateway", "data"},
            new String[] {"metrics-exporter", "data"}, new String[] {"warehouse-loader", "data"},
            new String[] {"mobile-bff", "mobile"}, new String[] {"push-notifier", "mobile"},
            new String[] {"app-config", "mobile"}, new String[] {"deploy-scripts", "platform-team"},
            new String[] {"paved-road", "platform-team"}, new String[] {"base-images", "platform-team"},
            new String[] {"runner-images", "ci-platform"}, new String[] {"jenkins-shared-library", "ci-platform"},
            new String[] {"release-tools", "release-engineering"}, new String[] {"legacy-billing", "payments"});

    private static final String MARKER = ".generated";

    private DemoRepositories() {
    }

    /** Where the repository {@code name} is, when {@code name} is one of the demo's. */
    public static Optional<Path> location(Path root, String name) {
        return ALL.stream().anyMatch(r -> r[0].equals(name)) ? Optional.of(root.resolve(name)) : Optional.empty();
    }

    /** Makes the repositories under {@code root} unless an earlier start did; true when they were made now. */
    public static boolean ensure(Path root, LocalDate today) throws IOException {
        if (Files.exists(root.resolve(MARKER))) {
            return false;
        }
        Files.createDirectories(root);
        for (int i = 0; i < ALL.size(); i++) {
            Path dir = root.resolve(ALL.get(i)[0]);
            if (Files.exists(dir)) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            generate(dir, ALL.get(i)[0], i, today);
        }
        Files.writeString(root.resolve(MARKER), today + "\n");
        return true;
    }

    private static void generate(Path dir, String name, int index, LocalDate today) throws IOException {
        Random random = new Random(42L * 31 + index);
        Story story = Story.of(name, index, random);
        try (Git git = Git.init().setInitialBranch("main").setDirectory(dir.toFile()).call()) {
            Writer writer = new Writer(git, dir, today);
            story.tell(writer, random);
        } catch (GitAPIException e) {
            throw new IOException("The demo repository " + name + " could not be made: " + e.getMessage(), e);
        }
    }

    /** Writes files and commits them at a day counted in weeks before the day of generation. */
    static final class Writer {
        private final Git git;
        private final Path dir;
        private final LocalDate today;

        Writer(Git git, Path dir, LocalDate today) {
            this.git = git;
            this.dir = dir;
            this.today = today;
        }

        Writer write(String path, String text) throws IOException {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        }

        Writer delete(String path) throws IOException {
            Files.deleteIfExists(dir.resolve(path));
            return this;
        }

        void commit(String message, int weeksAgo, int dayOfWeek, String author) throws IOException {
            Instant when = today.minusWeeks(weeksAgo).minusDays(dayOfWeek).atTime(10 + dayOfWeek, 17).toInstant(ZoneOffset.UTC);
            if (!when.isBefore(today.atStartOfDay(ZoneOffset.UTC).toInstant())) {
                when = today.minusDays(1).atTime(16, 0).toInstant(ZoneOffset.UTC);
            }
            try {
                git.add().addFilepattern(".").call();
                git.add().addFilepattern(".").setUpdate(true).call();
                PersonIdent ident = new PersonIdent(author, author.toLowerCase().replace(' ', '.') + "@example.com", when, ZoneOffset.UTC);
                git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setAllowEmpty(true).call();
            } catch (GitAPIException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}
