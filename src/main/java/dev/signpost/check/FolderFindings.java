package dev.signpost.check;

import dev.signpost.content.BrokenLink;
import dev.signpost.content.ContentPaths;
import dev.signpost.content.ContentProblem;
import dev.signpost.content.ContentSnapshot;
import dev.signpost.content.Document;
import dev.signpost.content.Freshness;
import dev.signpost.content.InternalLink;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the content core says about a folder's snapshot, as findings: every content problem (fatal ones are errors),
 * every broken link or anchor (an error), and every page past its review date or expiry (a warning: the portal still
 * serves it, flagged as stale). Paths are told relative to the folder; with a mount, links to pages outside it (other
 * sources of the portal) cannot be checked here and are left out.
 */
final class FolderFindings {

    private FolderFindings() {
    }

    static List<Finding> of(ContentSnapshot snapshot, Path folder, String mount, LocalDate today) {
        SourceLines lines = new SourceLines(folder);
        List<Finding> findings = new ArrayList<>();
        for (ContentProblem problem : snapshot.allProblems()) {
            findings.add(new Finding(inFolder(mount, problem.path()), problem.line(), problem.fatal(), Finding.CONTENT_PROBLEM,
                    problem.message().strip()));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (BrokenLink link : snapshot.brokenLinks()) {
            if (outside(mount, snapshot.documents().get(link.path()), link.href())) {
                continue;
            }
            String path = inFolder(mount, link.path());
            int nth = seen.merge(path + "\n" + link.href(), 1, Integer::sum) - 1;
            findings.add(new Finding(path, lines.link(path, link.href(), nth), true, Finding.BROKEN_LINK,
                    "Broken link " + link.href() + ": " + link.reason() + "."));
        }
        for (Document doc : snapshot.documents().values()) {
            Freshness freshness = doc.freshness();
            if (freshness.isStale(today)) {
                findings.add(stale(inFolder(mount, doc.path()), freshness, lines));
            }
        }
        if (snapshot.documents().isEmpty() && snapshot.problems().isEmpty()) {
            findings.add(new Finding("", 0, true, Finding.NO_PAGES, "No Markdown files (.md, .markdown) in " + folder
                    + "; name the folder that holds the docs."));
        }
        // The same link twice on one line is one thing to fix.
        return findings.stream().distinct().sorted(Finding.ORDER).toList();
    }

    private static String inFolder(String mount, String path) {
        String inside = ContentPaths.unmounted(mount, path);
        return inside == null ? path : inside;
    }

    /** A link to a portal page outside the mounted folder: another source's, which this check does not have. */
    private static boolean outside(String mount, Document from, String href) {
        if (mount.isEmpty() || from == null) {
            return false;
        }
        String folder = ContentPaths.DOCS + "/" + mount;
        return from.links().stream().filter(l -> l.href().equals(href)).map(InternalLink::url)
                .noneMatch(url -> url.equals(folder) || url.startsWith(folder + "/"));
    }

    private static Finding stale(String path, Freshness freshness, SourceLines lines) {
        if (freshness.interval() == null) {
            return new Finding(path, lines.key(path, "expires"), false, Finding.REVIEW_DUE, "The page expired on " + freshness.due()
                    + " (expires): review it, then set a later expires or remove it.");
        }
        return new Finding(path, lines.key(path, "reviewed"), false, Finding.REVIEW_DUE, "The review was due on " + freshness.due()
                + " (reviewed " + freshness.reviewed() + ", every " + freshness.interval() + "): review the page and update reviewed.");
    }
}
