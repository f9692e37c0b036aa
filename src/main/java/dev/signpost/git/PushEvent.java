package dev.signpost.git;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a push webhook says: the ref pushed, and the repository it was pushed to (its URLs and its full name, such as
 * {@code acme/handbook}), read from the payload fields each provider documents.
 */
public record PushEvent(String ref, List<String> repositoryUrls, String fullName) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The push a payload describes; empty when the body is not such a payload. */
    public static Optional<PushEvent> parse(GitProvider provider, byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject() || !root.path("ref").isTextual()) {
            return Optional.empty();
        }
        JsonNode repo = provider == GitProvider.GITLAB ? root.path("project") : root.path("repository");
        List<String> urls = new ArrayList<>();
        for (String field : provider == GitProvider.GITLAB
                ? new String[] {"git_http_url", "git_ssh_url", "web_url", "http_url", "ssh_url", "url"}
                : new String[] {"clone_url", "ssh_url", "git_url", "html_url", "url"}) {
            if (repo.path(field).isTextual()) {
                urls.add(repo.path(field).asText());
            }
        }
        if (provider == GitProvider.GITLAB && root.path("repository").path("git_http_url").isTextual()) {
            urls.add(root.path("repository").path("git_http_url").asText());
        }
        String fullName = text(repo, provider == GitProvider.GITLAB ? "path_with_namespace" : "full_name");
        return Optional.of(new PushEvent(root.path("ref").asText(), List.copyOf(urls), fullName));
    }

    /** True when the push went to the repository at {@code sourceUrl}: one of its URLs, or its full name, names it. */
    public boolean concerns(String sourceUrl) {
        String source = RepositoryKey.of(sourceUrl);
        if (repositoryUrls.stream().map(RepositoryKey::of).anyMatch(source::equals)) {
            return true;
        }
        if (fullName == null || fullName.isBlank() || !fullName.contains("/")) {
            return false;
        }
        String name = fullName.toLowerCase(Locale.ROOT).replaceAll("\\.git$", "");
        return source.endsWith("/" + name);
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.path(field).asText() : null;
    }

    /** A repository URL reduced to host and path, lower case, without scheme, user, port or ".git". */
    static final class RepositoryKey {

        private RepositoryKey() {
        }

        static String of(String url) {
            String u = url.strip().toLowerCase(Locale.ROOT);
            int scheme = u.indexOf("://");
            if (scheme >= 0) {
                u = u.substring(scheme + 3);
            } else if (u.matches("[^/@]+@[^/:]+:.*")) {
                u = u.replaceFirst(":", "/");
            }
            u = u.replaceFirst("^[^/@]*@", "");
            u = u.replaceFirst("^([^/:]*):\\d+", "$1");
            return u.replaceAll("/+$", "").replaceAll("\\.git$", "").replaceAll("/+$", "");
        }
    }
}
