package dev.signpost.tools;

import dev.signpost.web.Coded;

import java.util.Optional;

/** How strongly the organisation backs a tool, from the innermost ring of the radar to the outermost. */
public enum Ring implements Coded {

    PREFERRED("Preferred", "the default choice: use it unless you have a reason not to"),
    SUPPORTED("Supported", "fine to use; a team supports it"),
    ASSESS("Assess", "being tried; ask before depending on it"),
    HOLD("Hold", "do not start new work with it; move off it");

    private final String label;
    private final String meaning;

    Ring(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }


    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** The ring's index from the centre: 0 for preferred, 3 for hold. */
    public int index() {
        return ordinal();
    }

    /** True when a move from {@code from} to this ring is towards the centre (stronger backing). */
    public boolean innerThan(Ring from) {
        return ordinal() < from.ordinal();
    }

    public static Optional<Ring> of(String code) {
        return Coded.of(Ring.class, code);
    }

    /** The codes as an author writes them, for messages. */
    public static String codes() {
        return "preferred, supported, assess, hold";
    }
}
