package dev.signpost.campaigns;

import java.util.List;

/**
 * One repository of the organisation's inventory ({@code repositories.yml} or a Backstage {@code catalog-info.yaml}).
 *
 * @param name      unique in the inventory: letters, digits, dots, dashes and underscores
 * @param url       where to fetch it: {@code https://}, {@code ssh://}, {@code git://}, {@code file://}, or {@code demo:NAME}
 *                  for a generated demo repository (dev and demo only)
 * @param webUrl    a template for a file's page on the git server ({@code {path}} and {@code {commit}} replaced), or empty
 * @param lifecycle Backstage's {@code spec.lifecycle} ({@code production}, {@code experimental}, …), or empty
 */
public record Repository(String name, String url, String owner, List<String> tags, String lifecycle, String webUrl) {

    /** A file's page on the git server at a commit, or empty when no template is configured. */
    public String fileUrl(String path, String commit) {
        if (webUrl.isEmpty() || path.isEmpty()) {
            return "";
        }
        return webUrl.replace("{path}", path).replace("{commit}", commit == null ? "HEAD" : commit).replace("{name}", name);
    }
}
