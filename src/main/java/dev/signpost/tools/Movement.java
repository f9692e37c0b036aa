package dev.signpost.tools;

import dev.signpost.web.Coded;

/** How a tool's ring changed within a period, as the radar marks it. */
public enum Movement implements Coded {

    NONE("", ""), NEW("new", "New"), MOVED_IN("moved-in", "Moved in"), MOVED_OUT("moved-out", "Moved out");

    private final String code;
    private final String label;

    Movement(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean moved() {
        return this != NONE;
    }
}
