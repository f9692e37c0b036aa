package dev.signpost.campaigns;

import dev.signpost.campaigns.checks.CheckParser;
import dev.signpost.content.ContentProblem;
import dev.signpost.content.Document;
import dev.signpost.content.frontmatter.FrontMatterFields;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure function from a campaign's document to a {@link Campaign} and the problems in it. A campaign without a usable
 * check, start date or tool is not built (an error: the last good version stays); smaller mistakes are warnings and
 * the rest of the campaign stands.
 */
final class CampaignParser {

    static final int DEFAULT_WEEKS = 52;
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[Qq]([1-4])");

    /** The campaign (empty when it cannot be built) and what is wrong with it. */
    record Parsed(Optional<Campaign> campaign, List<ContentProblem> problems) {
    }

    /** What campaigns may name: tools (slug to title), SIGs and roadmap items of the same snapshot. */
    record Known(Map<String, String> tools, Set<String> sigs, Set<String> roadmapItems) {
    }

    private CampaignParser() {
    }

    static Parsed parse(String slug, Document doc, Known known) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, Object> fm = doc.frontMatter();
        List<String> errors = new ArrayList<>();
        String from = tool(fm, "from", known, errors);
        String to = tool(fm, "to", known, errors);
        LocalDate start = FrontMatterFields.day(FrontMatterFields.text(fm.get("start")));
        if (start == null) {
            errors.add("'start' must be the day the campaign began, as YYYY-MM-DD.");
        }
        LocalDate target = target(FrontMatterFields.text(fm.get("target")), problems, doc);
        String sig = optional(fm, "sig", known.sigs(), "sigs", doc, problems);
        String roadmap = optional(fm, "roadmap", known.roadmapItems(), "roadmap", doc, problems);
        int weeks = weeks(fm.get("history_weeks"), doc, problems);
        CheckParser.Parsed checks = CheckParser.parse(fm.get("checks"));
        checks.warnings().forEach(w -> problems.add(ContentProblem.warning(doc.path(), 0, w)));
        if (checks.checks().isEmpty()) {
            errors.addAll(checks.errors());
        } else {
            checks.errors().forEach(e -> problems.add(ContentProblem.warning(doc.path(), 0, e + " This check is left out.")));
        }
        if (!errors.isEmpty()) {
            errors.forEach(e -> problems.add(ContentProblem.error(doc.path(), 0, e)));
            return new Parsed(Optional.empty(), problems);
        }
        Campaign.Scope scope = scope(fm.get("repositories"), doc, problems);
        Campaign campaign = new Campaign(slug, doc, nullToEmpty(FrontMatterFields.text(fm.get("owner"))), sig, from, to,
                known.tools().get(from), known.tools().get(to), start, target,
                roadmap, weeks, scope, checks.checks(), version(fm.get("checks")));
        return new Parsed(Optional.of(campaign), problems);
    }

    private static String tool(Map<String, Object> fm, String key, Known known, List<String> errors) {
        String slug = FrontMatterFields.text(fm.get(key));
        if (slug == null) {
            errors.add("'" + key + "' must name the tool moved " + (key.equals("from") ? "off" : "to") + " (its file in tools/, without .md).");
            return "";
        }
        slug = slug.replaceFirst("\\.md$", "");
        if (!known.tools().containsKey(slug)) {
            errors.add("'" + key + "' names '" + slug + "', but there is no tools/" + slug + ".md.");
        }
        return slug;
    }

    private static String optional(Map<String, Object> fm, String key, Set<String> known, String folder, Document doc,
            List<ContentProblem> problems) {
        String slug = FrontMatterFields.text(fm.get(key));
        if (slug == null) {
            return "";
        }
        slug = slug.replaceFirst("\\.md$", "");
        if (!known.contains(slug)) {
            problems.add(ContentProblem.warning(doc.path(), 0, "'" + key + "' names '" + slug + "', but there is no " + folder + "/" + slug
                    + ".md; left out."));
            return "";
        }
        return slug;
    }

    /** A day, or a quarter's last day ({@code 2027-Q2} is 30 June 2027). */
    static LocalDate target(String text, List<ContentProblem> problems, Document doc) {
        if (text == null) {
            return null;
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            int q = Integer.parseInt(quarter.group(2));
            return LocalDate.of(Integer.parseInt(quarter.group(1)), q * 3, 1).plusMonths(1).minusDays(1);
        }
        LocalDate day = FrontMatterFields.day(text);
        if (day == null) {
            problems.add(ContentProblem.warning(doc.path(), 0, "'target' is '" + text + "'; write a day (2027-06-30) or a quarter (2027-Q2)."));
        }
        return day;
    }

    private static int weeks(Object value, Document doc, List<ContentProblem> problems) {
        if (value == null) {
            return DEFAULT_WEEKS;
        }
        if (value instanceof Number n && n.intValue() >= 1 && n.intValue() <= 260) {
            return n.intValue();
        }
        problems.add(ContentProblem.warning(doc.path(), 0, "'history_weeks' must be a whole number from 1 to 260; using " + DEFAULT_WEEKS + "."));
        return DEFAULT_WEEKS;
    }

    private static Campaign.Scope scope(Object value, Document doc, List<ContentProblem> problems) {
        if (value == null) {
            return Campaign.Scope.ALL;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(ContentProblem.warning(doc.path(), 0, "'repositories' must be a mapping of tags, lifecycle and owners; every repository counts."));
            return Campaign.Scope.ALL;
        }
        return new Campaign.Scope(set(map.get("tags")), set(map.get("lifecycle")), set(map.get("owners")));
    }

    private static Set<String> set(Object value) {
        Set<String> values = new LinkedHashSet<>();
        for (Object entry : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
            String text = FrontMatterFields.text(entry);
            if (text != null) {
                values.add(text);
            }
        }
        return Set.copyOf(values);
    }

    private static String version(Object checks) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.valueOf(checks).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
