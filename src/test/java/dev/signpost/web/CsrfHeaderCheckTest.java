package dev.signpost.web;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which writes must bring the CSRF token in the header (the forms' field is quarkus-rest-csrf's to check). */
class CsrfHeaderCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PATCH", "PUT", "DELETE"})
    void shouldRequireTheHeaderOfAJsonWrite(String method) {
        assertTrue(CsrfHeaderCheck.needsHeader(method, MediaType.APPLICATION_JSON_TYPE, false));
    }

    @Test
    void shouldRequireTheHeaderOfAWriteWithNoOrAnotherBody() {
        assertTrue(CsrfHeaderCheck.needsHeader("POST", null, false), "no body");
        assertTrue(CsrfHeaderCheck.needsHeader("POST", MediaType.TEXT_PLAIN_TYPE, false), "what a cross-site form may send");
        assertTrue(CsrfHeaderCheck.needsHeader("POST", MediaType.WILDCARD_TYPE, false));
    }

    @Test
    void shouldLeaveFormsAndSentHeadersToQuarkusRestCsrf() {
        assertFalse(CsrfHeaderCheck.needsHeader("POST", MediaType.APPLICATION_FORM_URLENCODED_TYPE, false));
        assertFalse(CsrfHeaderCheck.needsHeader("POST", MediaType.valueOf("application/x-www-form-urlencoded;charset=UTF-8"), false));
        assertFalse(CsrfHeaderCheck.needsHeader("POST", MediaType.valueOf("multipart/form-data; boundary=x"), false));
        assertFalse(CsrfHeaderCheck.needsHeader("POST", MediaType.APPLICATION_JSON_TYPE, true), "checked against the cookie there");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void shouldNotAskReadsForAToken(String method) {
        assertFalse(CsrfHeaderCheck.needsHeader(method, null, false));
    }
}
