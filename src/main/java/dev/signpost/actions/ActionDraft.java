package dev.signpost.actions;

import dev.signpost.people.KnownNames;
import dev.signpost.web.FormErrors;
import dev.signpost.web.FormText;
import dev.signpost.web.forms.Chars;
import dev.signpost.web.forms.FormCheck;
import dev.signpost.web.forms.UserName;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The action item form as typed (new item or edit), and what is wrong with it; kept whole when refused.
 *
 * @param source    a source's code ({@code feedback}, {@code roadmap}, {@code lean-coffee}) or empty
 * @param sourceRef the source's id or slug
 */
public record ActionDraft(
        @Chars(min = 3, max = ActionItem.TITLE_LENGTH, tooShort = "Give the item a title of at least {min} characters: what will be done.",
                message = "The title has {length} characters; the limit is {max}.")
        String title,
        @Chars(max = ActionItem.DETAILS_LENGTH, message = "The details have {length} characters; the limit is {max}.")
        String details,
        @UserName(required = "Name the person or team who owns the item (a user name or a team name).")
        String owner,
        String due, String sig, String source, String sourceRef,
        Map<String, String> errors) implements FormErrors {

    public ActionDraft {
        title = title == null ? "" : title.strip();
        details = FormText.of(details);
        owner = owner == null ? "" : owner.strip();
        due = due == null ? "" : due.strip();
        sig = sig == null ? "" : sig.strip();
        source = source == null ? "" : source.strip();
        sourceRef = sourceRef == null ? "" : sourceRef.strip();
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** A draft of the item as it is, for its edit form. */
    static ActionDraft of(ActionItem item) {
        return new ActionDraft(item.title, item.details, item.owner, item.dueOn == null ? "" : item.dueOn.toString(),
                item.sig == null ? "" : item.sig, item.sourceType == null ? "" : item.sourceType.code(),
                item.sourceRef == null ? "" : item.sourceRef, Map.of());
    }

    /**
     * This draft with every problem found, by field name.
     *
     * @param today    a new item may not be due before today
     * @param isNew    whether it is a new item (an edit may keep a past due date)
     * @param sigs     the SIGs' slugs
     * @param sourceOk whether the named source exists (called only with a known source code)
     * @param owners   the people and teams an owner may be (an edit adds the item's current owner, which may stay)
     */
    public ActionDraft checked(LocalDate today, boolean isNew, Set<String> sigs, java.util.function.BiPredicate<ActionSource, String> sourceOk,
            KnownNames owners) {
        Map<String, String> found = new LinkedHashMap<>(FormCheck.problems(this));
        String ownerName = owner;
        if (!found.containsKey("owner")) {
            KnownNames.Resolution resolved = owners.resolve(owner);
            ownerName = resolved.name();
            if (!resolved.accepted()) {
                found.put("owner", resolved.problem());
            }
        }
        LocalDate day = dueDay();
        if (!due.isEmpty() && day == null) {
            found.put("due", "\"" + due + "\" is not a date; write it as YYYY-MM-DD.");
        } else if (day != null && isNew && day.isBefore(today)) {
            found.put("due", "The due date " + day + " is in the past.");
        } else if (day != null && day.getYear() > today.getYear() + 10) {
            found.put("due", "The due date " + day + " is more than ten years away; check the year.");
        }
        if (!sig.isEmpty() && !sigs.contains(sig)) {
            found.put("sig", "There is no SIG \"" + sig + "\".");
        }
        if (!source.isEmpty()) {
            ActionSource type = ActionSource.of(source).orElse(null);
            if (type == null) {
                found.put("source", "Unknown source \"" + source + "\".");
            } else if (!sourceOk.test(type, sourceRef)) {
                found.put("source", "There is no " + type.label().toLowerCase(java.util.Locale.ROOT) + " \"" + sourceRef + "\".");
            }
        }
        return new ActionDraft(title, details, ownerName, due, sig, source, sourceRef, found);
    }

    /** Whether the item is saved without a due date: accepted, but worth a warning. */
    public boolean withoutDueDate() {
        return due.isEmpty();
    }

    /** The due day typed, or null when none or not a date. */
    LocalDate dueDay() {
        if (due.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(due);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
