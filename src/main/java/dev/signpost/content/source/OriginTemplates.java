package dev.signpost.content.source;

import dev.signpost.content.Origin;
import org.eclipse.jgit.lib.Constants;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The origin of a file of a git source: the source, the file's path in the repository, its newest change (when the
 * history knows it), and the edit and history links from the source's URL templates ({@code {path}}, {@code {ref}},
 * {@code {branch}}, {@code {commit}}).
 */
record OriginTemplates(String source, Optional<String> editUrl, Optional<String> historyUrl, Optional<String> webUrl) {

    static OriginTemplates of(String source, SourcesConfig.Repository settings) {
        return new OriginTemplates(source, settings.editUrl(), settings.historyUrl(), settings.webUrl());
    }

    Origin origin(String repoPath, String ref, String commit, FileHistory history) {
        FileHistory.Change change = history == null ? null : history.of(repoPath);
        return new Origin(source, repoPath, change == null ? null : change.commit(), change == null ? null : change.when(),
                change == null ? null : change.author(), expand(editUrl, repoPath, ref, commit), expand(historyUrl, repoPath, ref, commit));
    }

    /** The file as the git server shows it, or null without a web-URL template. */
    String webUrl(String repoPath, String ref, String commit) {
        return expand(webUrl, repoPath, ref, commit);
    }

    static String expand(Optional<String> template, String repoPath, String ref, String commit) {
        if (template.isEmpty()) {
            return null;
        }
        String shortRef = ref == null ? "" : shortRef(ref);
        return template.get().replace("{path}", encodePath(repoPath)).replace("{ref}", encodePath(shortRef))
                .replace("{branch}", encodePath(shortRef)).replace("{commit}", commit == null ? "" : commit);
    }

    /** Each segment percent-encoded (spaces as %20), the slashes kept. */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    /** A ref as people say it: {@code main} for {@code refs/heads/main}, {@code v2} for {@code refs/tags/v2}. */
    static String shortRef(String ref) {
        if (ref.startsWith(Constants.R_HEADS)) {
            return ref.substring(Constants.R_HEADS.length());
        }
        return ref.startsWith(Constants.R_TAGS) ? ref.substring(Constants.R_TAGS.length()) : ref;
    }
}
