package dev.signpost.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every response carries an X-Request-Id, a caller's sane one is kept, a hostile one replaced, and the request's log lines carry it. */
@QuarkusTest
class RequestIdsTest {

    private static final String GENERATED = "[0-9a-f]{32}";

    /** The request id each captured record had in its logging context. */
    record Line(String message, String requestId) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String id = record instanceof ExtLogRecord ext ? ext.getMdc(RequestIds.MDC_KEY) : null;
            lines.add(new Line(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage(), id));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("dev.signpost.test.requestid").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("dev.signpost.test.requestid").removeHandler(capture);
    }

    @Test
    void shouldGiveEveryResponseANewIdWhenTheCallerSentNone() {
        String first = given().get("/q/health/live").header(RequestIds.HEADER);
        String second = given().get("/tools").header(RequestIds.HEADER);
        assertTrue(first.matches(GENERATED), first);
        assertTrue(second.matches(GENERATED), second);
        assertNotEquals(first, second);
        assertTrue(given().get("/no-such-page").header(RequestIds.HEADER).matches(GENERATED), "error pages too");
    }

    @Test
    void shouldKeepASaneIdFromTheCaller() {
        String id = "edge-7f3a.b9:c1@lb+x=/y_z";
        assertEquals(id, given().header(RequestIds.HEADER, id).get("/tools").header(RequestIds.HEADER));
    }

    @Test
    void shouldReplaceHostileIds() {
        for (String hostile : List.of("a".repeat(129), "x".repeat(10_000), "abc\u0001def", "id with spaces", "<script>alert(1)</script>",
                "caf\u00e9", "a\"b", "a;b")) {
            Response response = given().header(RequestIds.HEADER, hostile).get("/q/health/live");
            String echoed = response.header(RequestIds.HEADER);
            assertTrue(echoed.matches(GENERATED), "replaced, not echoed: " + echoed);
        }
        assertTrue(RequestIds.acceptable("a".repeat(128)));
        assertFalse(RequestIds.acceptable("a\nb"), "a newline would forge a log line");
        assertFalse(RequestIds.acceptable("a\rb"));
        assertFalse(RequestIds.acceptable(""));
    }

    @Test
    void shouldPutTheIdOnEveryLineTheRequestLogsOnWorkerThreadsAndInExceptionMappers() {
        Response ok = given().header(RequestIds.HEADER, "probe-one").get("/test-only/request-id");
        assertEquals(200, ok.statusCode());
        Response failed = given().get("/test-only/request-id?fail=true");
        assertEquals(409, failed.statusCode());
        String generated = failed.header(RequestIds.HEADER);

        List<Line> first = lines.stream().filter(l -> "probe-one".equals(l.requestId())).toList();
        assertEquals(1, first.size(), lines.toString());
        assertTrue(first.get(0).message().startsWith("probe on executor-thread"), "logged on a worker thread: " + first);
        List<Line> second = lines.stream().filter(l -> generated.equals(l.requestId())).map(l -> l).toList();
        assertEquals(2, second.size(), lines.toString());
        assertEquals("mapped: probe failed on purpose", second.get(1).message());
    }

    @Test
    void shouldLeaveNoIdBehindForLinesOutsideARequest() {
        given().header(RequestIds.HEADER, "gone-after").get("/test-only/request-id");
        RequestIdProbe.LOG.info("outside any request");
        Line outside = lines.get(lines.size() - 1);
        assertEquals("outside any request", outside.message());
        assertEquals(null, outside.requestId());
    }
}
