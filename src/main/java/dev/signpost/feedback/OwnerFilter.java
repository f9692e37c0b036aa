package dev.signpost.feedback;

import java.util.Map;
import java.util.Set;

/** Whose feedback to show: the items and ratings routed to some teams, or those routed to nobody. */
public record OwnerFilter(Set<String> owners, boolean unrouted) {

    /** The value of the owner filter that means "the teams I am in". */
    public static final String MY_TEAMS = "@mine";
    /** The value of the owner filter that means "routed to nobody". */
    public static final String NOBODY = "@none";

    public OwnerFilter {
        owners = Set.copyOf(owners);
    }

    static OwnerFilter of(Set<String> owners) {
        return new OwnerFilter(owners, false);
    }

    static OwnerFilter nobody() {
        return new OwnerFilter(Set.of(), true);
    }

    /** A JPQL condition on the given column, adding its parameter to {@code params}. */
    public String condition(String column, Map<String, Object> params) {
        if (unrouted) {
            return column + " is null";
        }
        if (owners.isEmpty()) {
            return "1 = 0";
        }
        params.put("owners", owners);
        return column + " in :owners";
    }
}
