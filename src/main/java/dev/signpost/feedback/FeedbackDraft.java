package dev.signpost.feedback;

import dev.signpost.web.FormErrors;
import dev.signpost.web.FormText;
import dev.signpost.web.forms.Chars;
import dev.signpost.web.forms.FormCheck;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The feedback form as typed, and what is wrong with it. Kept whole when the form is refused, so nothing typed is
 * lost.
 */
public record FeedbackDraft(
        String category,
        @Chars(min = 3, max = FeedbackItem.TITLE_LENGTH, tooShort = "Give your feedback a title of at least {min} characters.",
                message = "The title has {length} characters; the limit is {max}.")
        String title,
        @Chars(min = 1, max = FeedbackItem.DESCRIPTION_LENGTH, tooShort = "Describe what you need or what went wrong.",
                message = "The description has {length} characters; the limit is {max}.")
        String description,
        String relatedPage,
        boolean contactMe,
        Map<String, String> errors) implements FormErrors {

    public FeedbackDraft {
        category = category == null ? "" : category.strip();
        title = title == null ? "" : title.strip();
        description = FormText.of(description);
        relatedPage = relatedPage == null ? "" : relatedPage.strip();
        errors = Map.copyOf(errors);
    }

    static FeedbackDraft empty(String relatedPage, String category) {
        return new FeedbackDraft(category, "", "", relatedPage, false, Map.of());
    }

    /** This draft with every problem found, by field name. */
    FeedbackDraft checked(java.util.function.Predicate<String> knownPage) {
        Map<String, String> found = new LinkedHashMap<>();
        if (Category.of(category).isEmpty()) {
            found.put("category", "Choose what your feedback is about.");
        }
        found.putAll(FormCheck.problems(this));
        if (!relatedPage.isEmpty() && !knownPage.test(relatedPage)) {
            found.put("relatedPage", "There is no page at " + relatedPage + "; leave it empty or paste a page's address "
                    + "starting with /docs/.");
        }
        return new FeedbackDraft(category, title, description, relatedPage, contactMe, found);
    }
}
