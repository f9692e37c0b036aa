package dev.signpost.notifications.preferences;

import dev.signpost.notifications.Cadence;
import dev.signpost.notifications.Kind;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CadenceFormTest {

    private static Map<Kind, Cadence> builtIn() {
        Map<Kind, Cadence> cadences = new EnumMap<>(Kind.class);
        Kind.chosenByPeople().forEach(k -> cadences.put(k, k.builtInCadence()));
        return cadences;
    }

    @Test
    void shouldTakeEachPostedCadenceAndKeepTheRest() {
        CadenceForm form = CadenceForm.read(Map.of("action-assigned", List.of("off"), "review-due", List.of(" Daily ")), builtIn());
        assertTrue(form.valid());
        assertEquals(Cadence.OFF, form.chosen().get(Kind.ACTION_ASSIGNED));
        assertEquals(Cadence.DAILY, form.chosen().get(Kind.REVIEW_DUE));
        assertEquals(Kind.FEEDBACK_ANSWERED.builtInCadence(), form.chosen().get(Kind.FEEDBACK_ANSWERED));
    }

    @Test
    void shouldRefuseUnknownOrRepeatedValuesNamingTheKind() {
        CadenceForm form = CadenceForm.read(Map.of("action-assigned", List.of("loud"), "review-due", List.of("off", "daily")), builtIn());
        assertFalse(form.valid());
        assertEquals(List.of(Kind.ACTION_ASSIGNED, Kind.REVIEW_DUE), form.refused());
        assertTrue(form.problems().get(0).contains(Kind.ACTION_ASSIGNED.label()));
        assertTrue(form.rows().stream().filter(CadenceForm.Row::refused).count() == 2);
    }

    @Test
    void shouldIgnoreFieldsThatNameNoKindPeopleChoose() {
        CadenceForm form = CadenceForm.read(Map.of("digest", List.of("off"), "tool-ring", List.of("off"), "csrf", List.of("x")), builtIn());
        assertTrue(form.valid());
        assertEquals(builtIn(), form.chosen());
    }
}
