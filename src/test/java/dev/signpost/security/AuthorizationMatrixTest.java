package dev.signpost.security;

import dev.signpost.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every route × every role, with the status each must get (anonymous reading is on, as in dev and tests). Later
 * features add their routes to the table. 302 for anonymous means "sent to sign in". POST rows send a valid CSRF
 * token and an empty form (PATCH and POST-JSON rows an empty JSON object with the token in the header), so a 400 means "allowed, but
 * the request is incomplete". Under /api/, anonymous gets 401 instead of being sent to sign in.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final List<String> COLUMNS = List.of("anonymous", "alice", "sam", "maya", "ada");

    private static final String MATRIX = """
            # method path                      anonymous engineer sig-member manager admin
            GET  /                                  200    200    200    200    200
            GET  /docs                              200    200    200    200    200
            GET  /docs/practices                    200    200    200    200    200
            GET  /docs/stale                        200    200    200    200    200
            GET  /docs/no-such-page                 404    404    404    404    404
            GET  /tags                              200    200    200    200    200
            GET  /tags/ci                           200    200    200    200    200
            GET  /search?q=rollback                 200    200    200    200    200
            GET  /search/suggest?q=roll             200    200    200    200    200
            GET  /api/v1/search?q=rollback          200    200    200    200    200
            GET  /api/v1/pages                      200    200    200    200    200
            GET  /api/v1/pages/practices/release/feature-flags  200  200  200  200  200
            GET  /api/v1/pages/no-such-page         404    404    404    404    404
            GET  /tools                             200    200    200    200    200
            GET  /tools?view=list                   200    200    200    200    200
            GET  /tools/github-actions              200    200    200    200    200
            GET  /tools/changes                     200    200    200    200    200
            GET  /api/v1/tools                      200    200    200    200    200
            GET  /api/v1/tools/jenkins              200    200    200    200    200
            GET  /roadmap                           200    200    200    200    200
            GET  /roadmap/jenkins-shutdown          200    200    200    200    200
            GET  /roadmap/timeline?zoom=year        200    200    200    200    200
            GET  /roadmap?format=csv                200    200    200    200    200
            GET  /roadmap/changes?since=2026-11-01  200    200    200    200    200
            GET  /roadmap/changes?since=2026-11-01&format=md  200  200  200  200  200
            GET  /roadmap/reviews                   200    200    200    200    200
            GET  /roadmap/reviews/999999999         404    404    404    404    404
            POST /roadmap/reviews                   302    403    403    400    400
            GET  /api/v1/roadmap                    200    200    200    200    200
            GET  /api/v1/roadmap/secrets-migration  200    200    200    200    200
            GET  /api/v1/roadmap/changes?since=2026-11-01  200  200  200  200  200
            GET  /api/v1/roadmap/reviews            200    200    200    200    200
            GET  /api/v1/roadmap/reviews/999999999  404    404    404    404    404
            POST-JSON /api/v1/roadmap/reviews       401    403    403    400    400
            GET  /sigs                              200    200    200    200    200
            GET  /sigs/code-deployment              200    200    200    200    200
            GET  /sigs/no-such-sig                  404    404    404    404    404
            POST /sigs/code-deployment/interest     302    303    303    303    303
            GET  /campaigns                         200    200    200    200    200
            GET  /campaigns/move-off-jenkins        200    200    200    200    200
            GET  /campaigns/move-off-jenkins?status=nonsense  400  400  400  400  400
            GET  /campaigns/no-such-campaign        404    404    404    404    404
            GET  /api/v1/campaigns                  200    200    200    200    200
            GET  /api/v1/campaigns/move-off-jenkins  200   200    200    200    200
            GET  /api/v1/campaigns/no-such-campaign  404   404    404    404    404
            GET  /teams/payments                    200    200    200    200    200
            GET  /teams/no-such-team                404    404    404    404    404
            GET  /actions/new?source=campaign&ref=move-off-jenkins/payments  302  403  200  403  200
            GET  /actions                           302    200    200    200    200
            GET  /actions?overdue=true&status=all   302    200    200    200    200
            GET  /actions/export.csv                302    200    200    200    200
            GET  /actions/new                       302    403    200    403    200
            POST /actions                           302    403    400    403    400
            GET  /actions/999999999                 302    404    404    404    404
            POST /actions/999999999/status          302    404    404    404    404
            POST /actions/999999999/edit            302    403    404    403    404
            POST /actions/999999999/comments        302    404    404    404    404
            GET  /actions/calendar                  302    200    200    200    200
            POST /actions/calendar                  302    303    303    303    303
            GET  /actions/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics  404  404  404  404  404
            GET  /lean-coffee                       302    200    200    200    200
            GET  /lean-coffee/new                   302    403    200    403    200
            POST /lean-coffee                       302    403    400    403    400
            GET  /lean-coffee/999999999             302    404    404    404    404
            GET  /lean-coffee/999999999/board       302    404    404    404    404
            GET  /lean-coffee/999999999/events      302    404    404    404    404
            GET  /lean-coffee/999999999/summary     302    404    404    404    404
            GET  /lean-coffee/999999999/summary.md  302    404    404    404    404
            POST /lean-coffee/999999999/topics      302    404    404    404    404
            POST /lean-coffee/999999999/phase       302    404    404    404    404
            POST /lean-coffee/999999999/topics/1/vote  302  404  404  404  404
            POST /lean-coffee/999999999/topics/1/unvote  302  404  404  404  404
            POST /lean-coffee/999999999/topics/1/move  302  404  404  404  404
            POST /lean-coffee/999999999/merge       302    404    404    404    404
            POST /lean-coffee/999999999/topics/1/timer  302  404  404  404  404
            POST /lean-coffee/999999999/topics/1/extend  302  404  404  404  404
            POST /lean-coffee/999999999/topics/1/thumb  302  404  404  404  404
            POST /lean-coffee/999999999/topics/1/notes  302  404  404  404  404
            POST /lean-coffee/999999999/topics/1/actions  302  404  404  404  404
            GET  /api/v1/actions                    401    200    200    200    200
            GET  /api/v1/actions/999999999          401    404    404    404    404
            POST-JSON /api/v1/actions               401    403    400    403    400
            PATCH /api/v1/actions/999999999         401    400    400    400    400
            POST-JSON /api/v1/actions/999999999/comments  401  400  400  400  400
            GET  /q/openapi                         200    200    200    200    200
            GET  /q/health/ready                    200    200    200    200    200
            GET  /q/health                          200    200    200    200    200
            GET  /q/health/live                     200    200    200    200    200
            GET  /css/signpost.css                  200    200    200    200    200
            GET  /js/signpost.js                    200    200    200    200    200
            GET  /js/highlight-core.js              200    200    200    200    200
            GET  /favicon.svg                       200    200    200    200    200
            GET  /_static/highlight.js/lib/core.js  200    200    200    200    200
            GET  /signin                            200    303    303    303    303
            POST /signin                            400    400    400    400    400
            GET  /admin/content                     302    403    403    403    200
            GET  /admin/audit                       302    403    403    403    200
            POST /admin/content/sources/content/refresh  302  403  403  403  303
            POST /admin/content/sources/no-such/refresh  302  403  403  403  404
            GET  /api/v1/sources                    401    403    403    403    200
            POST-JSON /api/v1/sources/content/refresh  401  403  403  403  202
            POST-JSON /api/v1/sources/no-such/refresh  401  403  403  403  404
            POST-JSON /webhooks/content             404    404    404    404    404
            POST-JSON /webhooks/no-such             404    404    404    404    404
            POST-JSON /webhooks/campaigns/push      401    401    401    401    401
            POST /signout                           303    303    303    303    303
            GET  /signout/done                      303    303    303    303    303
            GET  /signout/oidc                      303    303    303    303    303
            POST /feedback/rating                   400    400    400    400    400
            POST /feedback/rating/999999999         404    404    404    404    404
            GET  /feedback                          302    200    200    200    200
            GET  /feedback/mine                     302    200    200    200    200
            GET  /feedback/999999999                302    404    404    404    404
            POST /feedback                          302    400    400    400    400
            GET  /feedback/triage                   302    403    200    200    200
            GET  /feedback/triage/export.csv        302    403    200    200    200
            POST /feedback/triage/999999999         302    403    404    404    404
            GET  /feedback/pages                    302    200    200    200    200
            GET  /feedback/pages/ratings            302    200    200    200    200
            GET  /api/v1/feedback                   401    403    200    200    200
            GET  /api/v1/feedback/999999999         401    404    404    404    404
            PATCH /api/v1/feedback/999999999        401    403    400    400    400
            """;

    private static final Map<String, WebSession> SESSIONS = new HashMap<>();

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
            String[] cols = line.split("\\s+");
            for (int i = 0; i < COLUMNS.size(); i++) {
                cells.add(Arguments.of(cols[0], cols[1], COLUMNS.get(i), Integer.parseInt(cols[2 + i])));
            }
        });
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @MethodSource("cells")
    void shouldAnswerEveryRouteWithTheStatusForThisRole(String method, String path, String user, int expected) {
        WebSession session = session(user);
        Response response;
        if (method.equals("GET")) {
            response = session.get(path);
        } else if (method.equals("PATCH")) {
            session.get("/docs");
            response = session.patchJson(path, "{}");
        } else if (method.equals("POST-JSON")) {
            session.get("/docs");
            response = session.postJson(path, "{}");
        } else {
            session.get("/docs");
            response = session.post(path, Map.of());
        }
        assertEquals(expected, response.statusCode(), method + " " + path + " as " + user);
        if (expected == 302) {
            assertEquals(true, response.header("Location").contains("/signin"), "anonymous is sent to sign in");
        }
    }

    private static WebSession session(String user) {
        if (user.equals("anonymous")) {
            return WebSession.anonymous();
        }
        // A fresh session for POST rows would sign users out of later rows; sign in again when needed.
        return SESSIONS.compute(user, (u, s) -> s == null || s.cookie("signpost-session") == null ? WebSession.signIn(u) : s);
    }
}
