package dev.signpost.leancoffee;

import dev.signpost.actions.ActionItem;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** An open action item from an earlier session of the SIG, with the session it came from: what a new session reviews first. */
public record CarriedOver(ActionItem item, LeanCoffeeSession from) {

    public LocalDate day() {
        return LocalDate.ofInstant(from.startsAt, ZoneOffset.UTC);
    }
}
