package dev.signpost.content.source;

import dev.signpost.git.GitAccess;
import dev.signpost.git.GitMirror;
import dev.signpost.content.ContentConfig;
import dev.signpost.content.ContentLoader;
import dev.signpost.content.ContentPaths;
import dev.signpost.content.ContentSource;
import dev.signpost.content.ContentStore;
import dev.signpost.content.DocumentParser;
import dev.signpost.content.DocumentReader;
import dev.signpost.content.markdown.MarkdownRenderer;
import dev.signpost.content.cache.RenderCache;
import dev.signpost.content.cache.RendererFingerprint;
import dev.signpost.content.Origin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.jboss.logging.Logger;

/**
 * The sources configuration, checked and turned into sources: the local folder (unless switched off) and one git
 * source per {@code signpost.sources.<name>.url}. A bad setting or a mount conflict stops the start with every problem
 * named at once.
 */
final class SourceAssembly {

    private static final Logger LOG = Logger.getLogger(SourceAssembly.class);

    private final ContentConfig content;
    private final SourcesConfig config;
    private final Map<String, SourceSettings> git;
    private final String folderMount;

    private SourceAssembly(ContentConfig content, SourcesConfig config, Map<String, SourceSettings> git, String folderMount) {
        this.content = content;
        this.config = config;
        this.git = git;
        this.folderMount = folderMount;
    }

    /** @throws IllegalStateException naming every problem of the sources' settings */
    static SourceAssembly of(ContentConfig content, SourcesConfig config) {
        List<String> problems = new ArrayList<>();
        Map<String, SourceSettings> git = new LinkedHashMap<>();
        config.repositories().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            try {
                git.put(e.getKey(), SourceSettings.of(e.getKey(), e.getValue()));
            } catch (IllegalArgumentException ex) {
                problems.add(ex.getMessage());
            }
        });
        String folderMount = "";
        try {
            folderMount = content.mount().map(m -> SourceSettings.path(Origin.LOCAL, "mount", m)).orElse("");
        } catch (IllegalArgumentException ex) {
            problems.add(ex.getMessage().replace("Source 'content': mount", "signpost.content.mount"));
        }
        if (git.containsKey(Origin.LOCAL)) {
            problems.add("A git source cannot be called '" + Origin.LOCAL + "': that is the name of the content folder (signpost.content.dir).");
        }
        Map<String, String> mounts = new LinkedHashMap<>();
        if (content.enabled()) {
            mounts.put(Origin.LOCAL, folderMount);
        }
        git.forEach((name, settings) -> mounts.put(name, settings.mount()));
        problems.addAll(Mounts.problems(mounts));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Signpost cannot start: its content sources are not configured right:\n  - "
                    + String.join("\n  - ", problems) + "\nEvery setting is described in docs/operations.md (Sources).");
        }
        return new SourceAssembly(content, config, git, folderMount);
    }

    /** The cache of rendered bodies the configuration asks for (off when turned off or the renderer has no fingerprint). */
    RenderCache renderCache() {
        if (!content.renderCache().enabled()) {
            return RenderCache.off();
        }
        return RendererFingerprint.current().map(f -> RenderCache.in(content.renderCache().dir(), f)).orElseGet(() -> {
            LOG.warnf("The render cache is off: the renderer's classes could not be read to fingerprint them");
            return RenderCache.off();
        });
    }

    Map<String, SourceSettings> gitSettings() {
        return Map.copyOf(git);
    }

    /** One git source, with its mirror under {@code workDir}. */
    static GitSource gitSource(SourceSettings settings, java.time.Duration timeout, java.nio.file.Path workDir, DocumentParser parser,
            long maxBytes, ExecutorService parsePool, ContentStore store, SourceRuntime runtime) throws IOException {
        SourcesConfig.Repository raw = settings.raw();
        GitAccess access = new GitAccess(timeout, new GitAccess.Credentials(raw.username(), raw.passwordEnv(), raw.passwordFile(),
                raw.sshKeyFile(), raw.sshKnownHostsFile()), workDir.resolve("ssh"));
        GitMirror mirror = new GitMirror(workDir.resolve(settings.name() + ".git"), settings.url(), access);
        DocumentReader reader = new DocumentReader(parser.withDefaultOwner(settings.owner().orElse("")).withMount(settings.mount()), maxBytes, parsePool);
        GitUpdates updates = new GitUpdates(settings.name(), settings.mount(), mirror.repository(), reader,
                OriginTemplates.of(settings.name(), settings.raw()));
        return new GitSource(settings, mirror, updates, store, runtime);
    }

    List<ContentSource> build(ContentStore store, SourceRuntime runtime, ExecutorService parsePool, RenderCache renderCache) {
        DocumentParser parser = new DocumentParser(new MarkdownRenderer(), renderCache, content.defaultReviewEvery());
        long maxBytes = content.maxFileSize().asLongValue();
        List<ContentSource> sources = new ArrayList<>();
        if (content.enabled()) {
            Map<String, String> inside = new LinkedHashMap<>();
            git.values().stream().filter(s -> !s.mount().equals(folderMount) && ContentPaths.isUnder(s.mount(), folderMount))
                    .forEach(s -> inside.put(s.mount(), s.name()));
            FolderOrigins origins = new FolderOrigins(folderMount, LocalHistory.of(content.dir()), content);
            ContentLoader loader = new ContentLoader(content.dir(), folderMount, new DocumentReader(parser.withMount(folderMount), maxBytes, parsePool),
                    path -> inside.keySet().stream().anyMatch(m -> ContentPaths.isUnder(path, m)), origins::read);
            sources.add(new FolderSource(loader, content, store, runtime, origins, inside));
        }
        for (SourceSettings settings : git.values()) {
            try {
                sources.add(gitSource(settings, config.fetchTimeout(), config.workDir(), parser, maxBytes, parsePool, store, runtime));
            } catch (IOException e) {
                throw new UncheckedIOException("Signpost cannot start: the mirror of source '" + settings.name() + "' cannot be kept in "
                        + config.workDir() + " (" + e.getMessage() + "); set signpost.sources.work-dir to a writable folder.", e);
            }
        }
        return List.copyOf(sources);
    }
}
