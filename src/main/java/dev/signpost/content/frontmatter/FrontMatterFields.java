package dev.signpost.content.frontmatter;

import dev.signpost.content.ContentProblem;
import dev.signpost.content.Document;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading a feature's own front matter keys ({@link Document#frontMatter()}): single values as text, days, and lists
 * of other items' slugs checked against the items that exist. Problems are warnings on the document's file.
 */
public final class FrontMatterFields {

    private FrontMatterFields() {
    }

    /** A single value as trimmed text; null for nothing, an empty value, a list or a map. */
    public static String text(Object value) {
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** A day written as {@code 2026-08-14}; null for anything else. */
    public static LocalDate day(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Slugs of other items of a feature ({@code replaces: [jenkins]}, one value or a list, {@code .md} allowed): those
     * that exist, once each, in order. One naming the document itself or an item without a file is reported and left out.
     *
     * @param own    the document's own slug
     * @param known  every item's slug
     * @param folder the items' folder, for the message ("there is no tools/x.md")
     */
    public static List<String> slugs(Document doc, String own, String key, Object value, Set<String> known, String folder,
            List<ContentProblem> problems) {
        List<String> found = new ArrayList<>();
        if (value == null) {
            return found;
        }
        List<?> list = value instanceof List<?> l ? l : List.of(value);
        for (Object entry : list) {
            String slug = text(entry);
            if (slug == null) {
                continue;
            }
            String wanted = slug.replaceFirst("\\.md$", "");
            if (wanted.equals(own)) {
                problems.add(warning(doc, "'" + key + "' names this file itself; left out."));
            } else if (!known.contains(wanted)) {
                problems.add(warning(doc, "'" + key + "' names '" + wanted + "', but there is no " + folder + "/" + wanted
                        + ".md; left out."));
            } else if (!found.contains(wanted)) {
                found.add(wanted);
            }
        }
        return found;
    }

    public static ContentProblem warning(Document doc, String message) {
        return ContentProblem.warning(doc.path(), 0, message);
    }
}
