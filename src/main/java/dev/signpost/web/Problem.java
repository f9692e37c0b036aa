package dev.signpost.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** The JSON error every API answer uses: {@code {"status": 404, "title": "...", "detail": "..."}}. */
public final class Problem {

    private Problem() {
    }

    public static Map<String, Object> body(int status, String title, String detail) {
        return Map.of("status", status, "title", title, "detail", detail);
    }

    /** A response with the problem as its JSON body; add headers such as Retry-After to the builder. */
    public static Response.ResponseBuilder response(int status, String title, String detail) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body(status, title, detail));
    }
}
