package dev.signpost.actions;

import java.util.List;

/** Someone else saved the item after this edit began; nothing was overwritten. Carries what they changed since. */
public class ActionConflict extends RuntimeException {

    private final List<ActionEvent> theirChanges;
    private final ActionItem current;

    ActionConflict(ActionItem current, List<ActionEvent> theirChanges) {
        super("Someone else changed this action item while you were editing it; nothing of yours was saved.");
        this.current = current;
        this.theirChanges = List.copyOf(theirChanges);
    }

    public List<ActionEvent> theirChanges() {
        return theirChanges;
    }

    public ActionItem current() {
        return current;
    }
}
