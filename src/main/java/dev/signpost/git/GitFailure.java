package dev.signpost.git;

import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.NotSupportedException;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/** Why a fetch failed, in words an operator can act on; never with credentials in it. */
public final class GitFailure extends Exception {

    public GitFailure(String message) {
        super(message);
    }

    /** An HTTP status that refuses credentials, as a word of its own (not digits inside a path or a temporary name). */
    private static final java.util.regex.Pattern HTTP_REFUSED = java.util.regex.Pattern.compile("(?<![\\w/.-])40[13](?![\\w/.-])");

    /** The plain-words reason for an exception from JGit or the network. */
    public static GitFailure of(Throwable e, GitAccess access) {
        if (e instanceof GitFailure failure) {
            return failure;
        }
        String detail = Secrets.redact(messages(e), access.secrets());
        String lower = detail.toLowerCase(Locale.ROOT);
        String reason;
        if (has(e, UnknownHostException.class)) {
            reason = "The server's name could not be resolved.";
        } else if (has(e, ConnectException.class) || has(e, NoRouteToHostException.class) || lower.contains("connection refused")) {
            reason = "The server could not be reached (connection refused).";
        } else if (has(e, SocketTimeoutException.class) || lower.contains("timeout") || lower.contains("timed out")) {
            reason = "The server did not answer within " + access.timeout().toSeconds() + " s.";
        } else if (lower.contains("not authorized") || lower.contains("authentication") || lower.contains("auth fail")
                || HTTP_REFUSED.matcher(lower).find() || lower.contains("permission denied")) {
            reason = "The server refused the credentials (or asked for some): check the source's token, password or key.";
        } else if (has(e, NoRemoteRepositoryException.class) || lower.contains("not found") || lower.contains("does not exist")
                || lower.contains("not a git repository") || lower.contains("repository not found")) {
            reason = "There is no repository at this URL (any more).";
        } else if (has(e, NotSupportedException.class) || lower.contains("not supported")) {
            reason = "This kind of URL is not supported.";
        } else if (lower.contains("corrupt") || lower.contains("invalid") || lower.contains("pack") || lower.contains("missing")) {
            reason = "The data the server sent could not be read (a corrupt pack or object).";
        } else if (has(e, UncheckedIOException.class)) {
            reason = "A credential could not be read.";
        } else {
            reason = "The fetch failed.";
        }
        return new GitFailure(reason + " (" + detail + ")");
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The messages of an exception and its causes, each once. */
    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (all.indexOf(m) < 0) {
                if (!all.isEmpty()) {
                    all.append(": ");
                }
                all.append(m);
            }
        }
        String text = all.toString().replaceAll("\\s+", " ").strip();
        return text.length() > 300 ? text.substring(0, 299) + "…" : text;
    }
}
