package dev.signpost.security;

import java.util.HashMap;
import java.util.Map;

/** {@link KeycloakProfile} with anonymous reading off, as in production: every request needs a user or a token. */
public class KeycloakApiProfile extends KeycloakProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("signpost.security.anonymous-read", "false");
        return overrides;
    }
}
