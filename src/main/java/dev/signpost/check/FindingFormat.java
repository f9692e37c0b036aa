package dev.signpost.check;

import java.nio.file.Path;

/**
 * How a finding is printed: a plain line ({@code path:line: error: message}) or a GitHub Actions workflow command
 * ({@code ::error file=path,line=n,title=...::message}), with paths relative to the checked folder, or to the workspace
 * when one is given and holds the folder (so annotations land on the repository's files).
 */
final class FindingFormat {

    private final boolean github;
    private final Path folder;
    private final Path workspace;

    FindingFormat(boolean github, Path folder, Path workspace) {
        this.github = github;
        this.folder = folder.toAbsolutePath().normalize();
        this.workspace = workspace == null ? null : workspace.toAbsolutePath().normalize();
    }

    String line(Finding finding) {
        String file = display(finding.path());
        if (github) {
            StringBuilder command = new StringBuilder("::").append(finding.severity());
            String separator = " ";
            if (!file.isEmpty()) {
                command.append(separator).append("file=").append(property(file));
                separator = ",";
                if (finding.line() > 0) {
                    command.append(",line=").append(finding.line());
                }
            }
            command.append(separator).append("title=").append(property(finding.title()));
            return command.append("::").append(data(finding.message())).toString();
        }
        String where = file.isEmpty() ? display(".") : file;
        return oneLine(where) + (finding.line() > 0 ? ":" + finding.line() : "") + ": " + finding.severity() + ": "
                + oneLine(finding.message());
    }

    /** The file as the reader's tools know it: under the workspace when the folder is in it, else under the folder. */
    String display(String path) {
        if (path.isEmpty()) {
            return "";
        }
        if (workspace != null) {
            Path file = folder.resolve(path).normalize();
            if (file.startsWith(workspace)) {
                String relative = workspace.relativize(file).toString().replace('\\', '/');
                return relative.isEmpty() ? "." : relative;
            }
        }
        return path.equals(".") ? folder.toString() : path;
    }

    /** GitHub's escaping of a command's message (actions/toolkit {@code escapeData}). */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of a command's property value (actions/toolkit {@code escapeProperty}). */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    /** A plain line stays one line whatever a file name or message holds. */
    static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }
}
