package dev.signpost.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request to turn a verified local session cookie into the demo account's identity. */
final class LocalSessionRequest extends BaseAuthenticationRequest {

    private final String username;

    LocalSessionRequest(String username) {
        this.username = username;
    }

    String username() {
        return username;
    }
}
