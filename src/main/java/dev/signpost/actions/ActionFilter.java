package dev.signpost.actions;

import dev.signpost.web.QueryString;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tracker's filters as typed in the URL: {@code sig}, {@code owner} ({@code @me} for oneself), {@code status} (a
 * status, {@code active} — the default: open, in progress and blocked — or {@code all}), {@code due} ({@code week},
 * {@code month}, {@code none}), {@code overdue=true}, {@code source} (a source's code or {@code none}), {@code q} and
 * {@code sort} ({@code due}, the default, {@code updated}, {@code created}, {@code title}).
 */
public record ActionFilter(String sig, String owner, String status, String due, String overdue, String source, String q, String sort) {

    public static final String ME = "@me";
    public static final List<String> SORTS = List.of("due", "updated", "created", "title");
    public static final List<String> DUE_WINDOWS = List.of("week", "month", "none");

    public ActionFilter {
        sig = clean(sig);
        owner = clean(owner);
        status = clean(status);
        due = clean(due);
        overdue = clean(overdue);
        source = clean(source);
        q = clean(q);
        sort = clean(sort);
    }

    public static final ActionFilter NONE = new ActionFilter(null, null, null, null, null, null, null, null);

    /** The default view: every open item, whatever the sort (the "Open" tab). */
    public boolean unfiltered() {
        return sig == null && owner == null && (status == null || status.equals("active")) && due == null && overdue == null
                && source == null && q == null;
    }

    /** The filters made sense of, for a query; what means nothing is added to {@code problems}. */
    public record Checked(String sig, String owner, List<ActionStatus> statuses, LocalDate dueFrom, LocalDate dueUntil, boolean noDue,
            boolean overdue, ActionSource source, boolean noSource, String text, String sort, LocalDate today) {
    }

    /** As {@link #check(String, LocalDate, List)}, and a SIG that does not exist is a problem too. */
    public Checked check(String user, LocalDate today, java.util.Set<String> sigs, List<String> problems) {
        if (sig != null && !sigs.contains(sig)) {
            problems.add("There is no SIG \"" + sig + "\"; the SIGs are " + String.join(", ", new java.util.TreeSet<>(sigs)) + ".");
        }
        return check(user, today, problems);
    }

    public Checked check(String user, LocalDate today, List<String> problems) {
        String ownerName = ME.equals(owner) ? user : owner;
        List<ActionStatus> statuses = ActionStatus.unfinished();
        if (status != null && !status.equals("active")) {
            if (status.equals("all")) {
                statuses = List.of(ActionStatus.values());
            } else {
                statuses = ActionStatus.of(status).map(List::of).orElse(statuses);
                if (ActionStatus.of(status).isEmpty()) {
                    problems.add("There is no status \"" + status + "\"; use " + ActionStatus.codes() + ", active or all.");
                }
            }
        }
        LocalDate from = null;
        LocalDate until = null;
        boolean noDue = false;
        if (due != null) {
            switch (due) {
                case "week" -> { from = today; until = today.plusDays(7); }
                case "month" -> { from = today; until = today.plusDays(30); }
                case "none" -> noDue = true;
                default -> problems.add("\"due\" is week, month or none, not \"" + due + "\".");
            }
        }
        boolean late = false;
        if (overdue != null) {
            late = overdue.equalsIgnoreCase("true");
            if (!late && !overdue.equalsIgnoreCase("false")) {
                problems.add("\"overdue\" is true or false, not \"" + overdue + "\".");
            }
        }
        ActionSource fromSource = null;
        boolean noSource = false;
        if (source != null) {
            if (source.equals("none")) {
                noSource = true;
            } else {
                fromSource = ActionSource.of(source).orElse(null);
                if (fromSource == null) {
                    problems.add("\"source\" is feedback, roadmap, lean-coffee or none, not \"" + source + "\".");
                }
            }
        }
        String order = sort == null ? "due" : sort.toLowerCase(Locale.ROOT);
        if (!SORTS.contains(order)) {
            problems.add("\"sort\" is one of " + String.join(", ", SORTS) + ", not \"" + sort + "\".");
            order = "due";
        }
        return new Checked(sig, ownerName, statuses, from, until, noDue, late, fromSource, noSource, q, order, today);
    }

    /** The tracker with these filters, one changed. */
    public String with(String name, String value) {
        Map<String, String> params = params();
        params.put(name, value);
        return QueryString.link("/actions", params);
    }

    public String href() {
        return QueryString.link("/actions", params());
    }

    /** The filtered list as CSV. */
    public String csvHref() {
        return QueryString.link("/actions/export.csv", params());
    }

    private Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("sig", sig);
        params.put("owner", owner);
        params.put("status", status);
        params.put("due", due);
        params.put("overdue", overdue);
        params.put("source", source);
        params.put("q", q);
        params.put("sort", sort);
        return params;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
