package dev.signpost.notifications.preferences;

import dev.signpost.notifications.Cadence;
import dev.signpost.notifications.Kind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A posted form of cadences, one radio group per kind people choose for (named by the kind's code, valued by the
 * cadence's code), read against what applied before: a missing group keeps the kind as it was; a value that is no
 * cadence refuses the form, naming the kind. Pure.
 */
record CadenceForm(Map<Kind, Cadence> chosen, List<Kind> refused) {

    /** One fieldset on the page: a kind and the cadence that is (or was posted as) chosen. */
    public record Row(Kind kind, Cadence chosen, boolean refused) {
        public String code() {
            return kind.code();
        }

        public List<Cadence> choices() {
            return List.of(Cadence.values());
        }
    }

    static CadenceForm read(Map<String, List<String>> form, Map<Kind, Cadence> before) {
        Map<Kind, Cadence> chosen = new EnumMap<>(before);
        List<Kind> refused = new ArrayList<>();
        for (Kind kind : Kind.chosenByPeople()) {
            List<String> values = form.getOrDefault(kind.code(), List.of());
            Cadence cadence = values.size() == 1 ? Cadence.of(values.get(0)).orElse(null) : null;
            if (cadence != null) {
                chosen.put(kind, cadence);
            } else if (!values.isEmpty()) {
                refused.add(kind);
            }
        }
        return new CadenceForm(chosen, List.copyOf(refused));
    }

    boolean valid() {
        return refused.isEmpty();
    }

    /** What the page says about the refused kinds. */
    List<String> problems() {
        return refused.stream().map(k -> "Choose off, immediately or daily digest for “" + k.label() + "”.").toList();
    }

    /** The page's rows, in the order people choose kinds. */
    List<Row> rows() {
        return Kind.chosenByPeople().stream().map(k -> new Row(k, chosen.get(k), refused.contains(k))).toList();
    }

    /** The rows of cadences that apply now, before anything is posted. */
    static List<Row> rows(Map<Kind, Cadence> cadences) {
        return new CadenceForm(cadences, List.of()).rows();
    }
}
