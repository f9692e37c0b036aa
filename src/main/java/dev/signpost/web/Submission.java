package dev.signpost.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The submission key of a form ({@code inject:submission}): every form from {@code tags/form.html} carries a new random
 * key in the hidden field {@value #FIELD}, and a write stores it so that sending the same form twice stores it once. When
 * this request's write was refused because the database was not answering, the form that sent it is shown again with
 * the same key and a message saying whether anything may have been saved; {@code tags/form.html} asks
 * {@link #keyFor} and {@link #refusedHere}, so no feature's template does anything for it.
 */
@Named("submission")
@RequestScoped
public class Submission {

    /** The hidden field's name; scripts that post a form with FormData send it without knowing. */
    public static final String FIELD = "submission-key";
    /** The flash a resent submission redirects with. */
    public static final String ALREADY_SAVED = "already-saved";
    static final String NOT_SAVED_TEXT = "Signpost could not save this because its database is not answering; nothing was saved. "
            + "Your text is below — send it again in a moment.";
    static final String MAYBE_SAVED_TEXT = "Signpost lost its database while saving this, so it may or may not have been saved. "
            + "Your text is below: sending it again is safe, because Signpost recognises this form and stores it only once.";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    /**
     * Keys are unique rather than secret: a key counts only with its sender's own token and fields ({@code
     * database.Submissions}), so a random prefix per process (keys of several instances, or of a restart, never meet)
     * and a counter make them. A secure random number per key had every form of every page wait on one lock.
     */
    private static final String PROCESS = randomPrefix();
    private static final AtomicLong MINTED = new AtomicLong();

    /** Why this request's write was not (or perhaps not) saved. */
    public enum Outage { NOT_SAVED, MAYBE_SAVED }

    @Inject
    HttpServerRequest request;
    @Inject
    Flash flash;
    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String csrfField;

    private Outage outage;

    /** The key the submitted form carried, when it carried a well-formed one. */
    public Optional<String> postedKey() {
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        Object value = context == null ? null : context.getFormParameter(FIELD, true, false);
        return Optional.ofNullable(value).map(Object::toString).filter(Submission::wellFormed);
    }

    /**
     * Who sent the form: the browser's CSRF token, which the CSRF filter has matched with its cookie. A key is only ever
     * compared within one sender, so a page kept for many readers ({@code KeptPages}, kept parts) may carry one key for
     * all of them without one reader's form being taken for another's resend.
     */
    public String sender() {
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        Object value = context == null ? null : context.getFormParameter(csrfField, true, false);
        return value == null ? "" : value.toString();
    }

    /** One field of a submitted form, as sent: a text (one value) or choices (several, such as checkboxes). */
    public record SentField(String name, List<String> values) {

        public String value() {
            return values.isEmpty() ? "" : values.get(0);
        }

        /** Shown for editing: one value that is not a form's bookkeeping (the version it is based on, where to go back). */
        public boolean shown() {
            return values.size() == 1 && !BOOKKEEPING.contains(name);
        }

        public boolean multiLine() {
            return value().contains("\n") || value().length() > 120;
        }

        /** The field's name for people: {@code relatedPage} is "Related page". */
        public String label() {
            String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").replace('-', ' ').replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
            return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    private static final java.util.Set<String> BOOKKEEPING = java.util.Set.of("version", "back", "return", "redirect");

    /** What the form sent besides its tokens, in the order of the names (empty for a request that is no form). */
    public List<SentField> fields() {
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        FormData form = context == null ? null : context.getFormData();
        if (form == null) {
            return List.of();
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String name : form) {
            if (!name.equals(FIELD) && !name.equals(csrfField)) {
                fields.put(name, form.get(name).stream().filter(v -> !v.isFileItem()).map(FormValue::getValue).toList());
            }
        }
        return fields.entrySet().stream().map(e -> new SentField(e.getKey(), e.getValue())).toList();
    }

    /**
     * What the form sent, names and values in a stable order: a resend carries the same, while a page whose script
     * reuses one key for a second, different text gets that text stored too.
     */
    public String sentFields() {
        return new TreeMap<>(fields().stream().collect(Collectors.toMap(SentField::name, SentField::values))).toString();
    }

    /** True when this request is a browser's form post (not the API, not a script's JSON). */
    public boolean formPost() {
        String type = request.getHeader("Content-Type");
        return "POST".equals(request.method().name()) && !request.path().startsWith("/api/") && type != null
                && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    /** The value for a form's hidden key field: the posted key when that form is shown again after an outage, else a new one. */
    public String keyFor(String action) {
        return refusedHere(action) ? postedKey().orElseGet(Submission::newKey) : newKey();
    }

    /** Marks this request's write as refused by an outage: its form, shown again, says so and keeps its key. */
    public void refused(Outage why) {
        this.outage = why;
    }

    public Optional<Outage> outage() {
        return Optional.ofNullable(outage);
    }

    /** True on the form (by its action) whose write this request could not save. */
    public boolean refusedHere(String action) {
        return outage != null && "POST".equals(request.method().name()) && request.path().equals(pathOf(action));
    }

    private static String pathOf(String action) {
        int query = action.indexOf('?');
        return query < 0 ? action : action.substring(0, query);
    }

    /** What the refused form says above its fields. */
    public String message() {
        return outage == Outage.MAYBE_SAVED ? MAYBE_SAVED_TEXT : NOT_SAVED_TEXT;
    }

    /** True on the page a resent submission was redirected to. */
    public boolean alreadySaved() {
        return flash.value().filter(ALREADY_SAVED::equals).isPresent();
    }

    /** A key is 16 to 64 letters, digits, '-' or '_' (a UUID is one). */
    public static boolean wellFormed(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    static String newKey() {
        return PROCESS + Long.toString(MINTED.incrementAndGet(), 36);
    }

    private static String randomPrefix() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "-";
    }
}
