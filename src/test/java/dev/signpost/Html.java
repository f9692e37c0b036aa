package dev.signpost;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static io.restassured.RestAssured.given;

/** Fetches a page and parses it, asserting the status on the way. */
public final class Html {

    private Html() {
    }

    /** Follows a link as written in a page: the href is already URL-encoded, so it is sent as it is. */
    public static Document follow(String href, int status) {
        String body = given().urlEncodingEnabled(false).redirects().follow(false).when().get(href).then().statusCode(status)
                .extract().asString();
        return Jsoup.parse(body);
    }

    public static Document get(String path, int status) {
        String body = given().redirects().follow(false).when().get(path).then().statusCode(status).extract().asString();
        return Jsoup.parse(body);
    }
}
