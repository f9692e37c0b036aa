package dev.signpost.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Parts of a page that are the same for every reader, rendered once and kept while what they show stays the same:
 * the unfiltered tool radar, the roadmap board. A part is kept under a name the code gives, with the object it was
 * rendered from (compared by identity: a new content snapshot gives a new catalog or roadmap) and a variant (the day,
 * the view); either changing renders it again. A request then renders only the layout around it, which carries the
 * person's header and form token. Nothing personal may go into a shared part, nor a moment: the {@code {#time}} tag
 * writes moments in the reader's zone, so a shared part shows only days.
 */
@ApplicationScoped
public class SharedHtml {

    /** More names than the code ever uses means a caller builds names from input: refuse to grow without bound. */
    static final int MAX_NAMES = 64;

    private record Entry(Object source, Object variant, String html) {
    }

    private final Map<String, Entry> parts = new ConcurrentHashMap<>();

    /** The part called {@code name}, rendered earlier from {@code source} for {@code variant}, or rendered now. */
    public String get(String name, Object source, Object variant, Supplier<String> render) {
        Entry entry = parts.get(name);
        if (entry != null && entry.source() == source && Objects.equals(entry.variant(), variant)) {
            return entry.html();
        }
        String html = render.get();
        if (parts.size() >= MAX_NAMES && !parts.containsKey(name)) {
            parts.clear();
        }
        parts.put(name, new Entry(source, variant, html));
        return html;
    }
}
