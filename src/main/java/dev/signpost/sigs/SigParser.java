package dev.signpost.sigs;

import dev.signpost.content.ContentProblem;
import dev.signpost.content.Document;
import dev.signpost.content.frontmatter.FrontMatterFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Pure function from a SIG's charter document to a {@link Sig} and the problems in its front matter. */
final class SigParser {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    record Parsed(Sig sig, List<ContentProblem> problems) {
    }

    private SigParser() {
    }

    static Parsed parse(String slug, Document doc) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, Object> fm = doc.frontMatter();
        String mission = FrontMatterFields.text(fm.get("mission"));
        if (mission == null) {
            problems.add(FrontMatterFields.warning(doc, "No 'mission'; write in a sentence or two what the SIG exists to achieve."));
        }
        String charter = link(doc, "charter", FrontMatterFields.text(fm.get("charter")), problems);
        List<Sig.Chair> chairs = new ArrayList<>();
        for (Map<?, ?> entry : entries(doc, "chairs", fm.get("chairs"), "{name, contact}", problems)) {
            String name = FrontMatterFields.text(entry.get("name"));
            if (name == null) {
                problems.add(FrontMatterFields.warning(doc, "A chair without a 'name' is left out."));
                continue;
            }
            String contact = FrontMatterFields.text(entry.get("contact"));
            chairs.add(new Sig.Chair(name, contact, contactUrl(contact)));
        }
        List<String> groups = texts(doc, "groups", fm.get("groups"), problems);
        Sig.Chat chat = null;
        Object chatValue = fm.get("chat");
        if (chatValue instanceof Map<?, ?> map) {
            String name = FrontMatterFields.text(map.get("name"));
            String url = link(doc, "chat.url", FrontMatterFields.text(map.get("url")), problems);
            if (name == null) {
                problems.add(FrontMatterFields.warning(doc, "'chat' needs a 'name' (the channel, e.g. #deploy)."));
            } else {
                chat = new Sig.Chat(name, url);
            }
        } else if (chatValue != null) {
            problems.add(FrontMatterFields.warning(doc, "'chat' must be {name, url}, e.g. {name: \"#deploy\", url: https://chat.example.com/deploy}."));
        }
        List<Sig.Meeting> meetings = new ArrayList<>();
        int number = 0;
        for (Map<?, ?> entry : entries(doc, "meetings", fm.get("meetings"), "{what, when, tz, url}", problems)) {
            number++;
            String what = FrontMatterFields.text(entry.get("what"));
            String when = FrontMatterFields.text(entry.get("when"));
            String tz = FrontMatterFields.text(entry.get("tz"));
            List<String> scheduleProblems = new ArrayList<>();
            MeetingSchedule schedule = MeetingSchedule.parse(when, tz, scheduleProblems).orElse(null);
            final int n = number;
            scheduleProblems.forEach(p -> problems.add(FrontMatterFields.warning(doc, "Meeting " + n + ": " + p)));
            meetings.add(new Sig.Meeting(what == null ? "Meeting" : what, when == null ? "" : when, tz,
                    link(doc, "meetings[" + n + "].url", FrontMatterFields.text(entry.get("url")), problems), schedule));
        }
        String mailingList = FrontMatterFields.text(fm.get("mailing_list"));
        return new Parsed(new Sig(slug, doc, mission, charter, chairs, groups, chat, meetings, mailingList), problems);
    }

    /** A link that is safe to put in an href: http, https or mailto; anything else is reported and dropped. */
    static String link(Document doc, String key, String url, List<ContentProblem> problems) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")) {
            return url;
        }
        problems.add(FrontMatterFields.warning(doc, "'" + key + "' is '" + url + "'; links must start with https://, http:// or mailto:."));
        return null;
    }

    /** Where a contact leads: mailto for an e-mail address, the address itself for an http(s) link; null otherwise. */
    static String contactUrl(String contact) {
        if (contact == null) {
            return null;
        }
        if (EMAIL.matcher(contact).matches()) {
            return "mailto:" + contact;
        }
        String lower = contact.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? contact : null;
    }

    private static List<Map<?, ?>> entries(Document doc, String key, Object value, String shape, List<ContentProblem> problems) {
        List<Map<?, ?>> entries = new ArrayList<>();
        if (value == null) {
            return entries;
        }
        if (!(value instanceof List<?> list)) {
            problems.add(FrontMatterFields.warning(doc, "'" + key + "' must be a list of " + shape + " entries."));
            return entries;
        }
        for (Object entry : list) {
            if (entry instanceof Map<?, ?> map) {
                entries.add(map);
            } else {
                problems.add(FrontMatterFields.warning(doc, "An entry of '" + key + "' is not " + shape + "; it is left out."));
            }
        }
        return entries;
    }

    private static List<String> texts(Document doc, String key, Object value, List<ContentProblem> problems) {
        List<String> texts = new ArrayList<>();
        if (value == null) {
            return texts;
        }
        if (!(value instanceof List<?> list)) {
            problems.add(FrontMatterFields.warning(doc, "'" + key + "' must be a list, e.g. [ci-platform, qa]."));
            return texts;
        }
        for (Object entry : list) {
            String text = FrontMatterFields.text(entry);
            if (text != null && !texts.contains(text)) {
                texts.add(text);
            }
        }
        return texts;
    }
}
