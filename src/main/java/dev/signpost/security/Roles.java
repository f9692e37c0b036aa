package dev.signpost.security;

import java.util.List;

/** The portal's roles, as Keycloak realm roles. Constants so that {@code @RolesAllowed} can name them. */
public final class Roles {

    public static final String ENGINEER = "engineer";
    public static final String SIG_MEMBER = "sig-member";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";

    /** In the order the header lists them. */
    public static final List<String> ALL = List.of(ENGINEER, SIG_MEMBER, MANAGER, ADMIN);

    private Roles() {
    }
}
