package dev.signpost.actions;

import dev.signpost.web.FormErrors;
import dev.signpost.web.FormText;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The action item form as typed (new item or edit), and what is wrong with it; kept whole when refused.
 *
 * @param source    a source's code ({@code feedback}, {@code roadmap}, {@code lean-coffee}) or empty
 * @param sourceRef the source's id or slug
 */
public record ActionDraft(String title, String details, String owner, String due, String sig, String source, String sourceRef,
        Map<String, String> errors) implements FormErrors {

    /** User names as identity providers issue them: letters, digits and {@code . _ @ + -}. */
    static final Pattern USER_NAME = Pattern.compile("[\\p{L}\\p{N}._@+-]{1,100}");

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
     */
    public ActionDraft checked(LocalDate today, boolean isNew, Set<String> sigs, java.util.function.BiPredicate<ActionSource, String> sourceOk) {
        Map<String, String> found = new LinkedHashMap<>();
        if (title.length() < 3) {
            found.put("title", "Give the item a title of at least 3 characters: what will be done.");
        } else if (title.length() > ActionItem.TITLE_LENGTH) {
            found.put("title", "The title has " + title.length() + " characters; the limit is " + ActionItem.TITLE_LENGTH + ".");
        }
        if (details.length() > ActionItem.DETAILS_LENGTH) {
            found.put("details", "The details have " + details.length() + " characters; the limit is " + ActionItem.DETAILS_LENGTH + ".");
        }
        if (owner.isEmpty()) {
            found.put("owner", "Name the person who owns the item (their user name).");
        } else if (!USER_NAME.matcher(owner).matches()) {
            found.put("owner", "\"" + owner + "\" is not a user name; user names have letters, digits and . _ @ + - only.");
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
        return new ActionDraft(title, details, owner, due, sig, source, sourceRef, found);
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
