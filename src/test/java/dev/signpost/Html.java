package dev.signpost;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static io.restassured.RestAssured.given;

/** Fetches a page and parses it, asserting the status on the way. */
public final class Html {

    private Html() {
    }

    public static Document get(String path, int status) {
        String body = given().redirects().follow(false).when().get(path).then().statusCode(status).extract().asString();
        return Jsoup.parse(body);
    }
}
