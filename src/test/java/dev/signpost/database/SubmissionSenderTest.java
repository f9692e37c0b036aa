package dev.signpost.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.signpost.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

/**
 * A submission key counts within one sender (one browser, known by its CSRF token): a page kept for many readers carries
 * one key for all of them, and two people sending the same text with it each get theirs stored, while a resend from the
 * same browser is still stored once.
 */
@QuarkusTest
class SubmissionSenderTest {

    @Inject
    EntityManager entities;

    @Test
    void shouldStoreOneKeySentByTwoBrowsersTwiceAndAResendFromOneOfThemOnce() {
        WebSession sam = WebSession.signIn("sam");
        WebSession ada = WebSession.signIn("ada");
        ada.page("/feedback", 200); // ada's browser has its own token
        Map<String, String> typed = FormOutageCases.fields(sam.page("/feedback", 200).selectFirst("form.feedback-form"));
        String title = "One key, two senders " + UUID.randomUUID();
        typed.put("category", "tool-request");
        typed.put("title", title);
        typed.put("description", "The same words from two people.");

        Response fromSam = sam.post("/feedback", typed);
        Response fromAda = ada.post("/feedback", typed);
        Response samAgain = sam.post("/feedback", typed);

        assertEquals(303, fromSam.statusCode(), fromSam.asString());
        assertEquals(303, fromAda.statusCode(), fromAda.asString());
        assertEquals(303, samAgain.statusCode(), samAgain.asString());
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> (Long) entities
                .createQuery("select count(*) from FeedbackItem where title = :title").setParameter("title", title).getSingleResult()),
                "sam's and ada's, and sam's resend not again");
    }
}
