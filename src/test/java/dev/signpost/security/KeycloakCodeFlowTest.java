package dev.signpost.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.awaitility.Awaitility;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real authorization-code flow: a browser (HtmlUnit, no JavaScript) signs in on the login form of the Keycloak that
 * {@code src/test/keycloak/keycloak.sh start} runs, and comes back to the portal. Tagged {@code keycloak}, so only
 * {@code ./mvnw -B test -Pkeycloak} (the Keycloak stage of .ci/run, src/test/keycloak/ci-stage.sh) runs it.
 */
@Tag("keycloak")
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class KeycloakCodeFlowTest {

    /** Keycloak 26's login page (theme keycloak.v2). */
    private static final String LOGIN_FORM = "kc-form-login";
    private static final String LOGIN_ERROR = "#input-error-username";

    private String portal;
    private WebClient browser;

    @BeforeAll
    static void requireKeycloak() {
        String discovery = KeycloakProfile.AUTH_SERVER_URL + "/.well-known/openid-configuration";
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(discovery))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                return;
            }
        } catch (IOException e) {
            // reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fail("Keycloak does not answer " + discovery + "; start it with src/test/keycloak/keycloak.sh start");
    }

    @BeforeEach
    void openBrowser() {
        portal = "http://127.0.0.1:" + RestAssured.port;
        browser = newBrowser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @CsvSource({
            "alice, Alice Engineer, engineer,                           qa",
            "sam,   Sam Sigmember,  engineer sig-member,                ci-platform release-engineering",
            "maya,  Maya Manager,   engineer manager,                   developer-experience",
            "ada,   Ada Admin,      engineer sig-member manager admin,  ''"})
    void shouldShowExactlyTheDemoUsersRolesAndTeamsAfterKeycloakSignIn(String username, String displayName, String roles,
            String teams) throws IOException {
        Document page = parse(signIn(username, "/docs"));
        assertEquals(displayName, page.selectFirst(".account .account-name").text());
        assertEquals(Arrays.asList(roles.split(" ")), page.select(".account .account-roles .role").eachText());
        assertEquals(teams.isEmpty() ? List.of() : Arrays.asList(teams.split(" ")),
                page.select(".account .account-teams .team").eachText(), "teams from the realm's group membership mapper");
        assertNull(page.selectFirst(".account .signin-link"));
    }

    @ParameterizedTest
    @CsvSource({
            "sam, /docs",
            "sam, /docs/practices/release/rolling-back-a-bad-deploy",
            "ada, /admin/audit?action=signed-in"})
    void shouldLandOnTheRedirectTargetAfterKeycloakSignIn(String username, String target) throws IOException {
        HtmlPage page = signIn(username, target);
        assertEquals(portal + target, page.getUrl().toString(), "the target, with no code or state left in the address");
        assertEquals(200, page.getWebResponse().getStatusCode());
    }

    @ParameterizedTest
    @CsvSource({"alice, Alice Engineer", "sam, Sam Sigmember", "maya, Maya Manager"})
    void shouldRefuseTheAuditLogWithTheRefusalPageToEveryoneButAnAdmin(String username, String displayName)
            throws IOException {
        signIn(username, "/docs");
        HtmlPage page = browser.getPage(portal + "/admin/audit");
        assertEquals(403, page.getWebResponse().getStatusCode());
        assertEquals("text/html", page.getWebResponse().getContentType());
        Document refusal = parse(page);
        assertEquals("You can't open this page", refusal.selectFirst("main h1").text());
        assertTrue(refusal.select("main strong").eachText().contains("admin"), "names the role the page needs");
        assertEquals(displayName, refusal.selectFirst(".account .account-name").text(), "still signed in");
    }

    @ParameterizedTest
    @CsvSource({"/actions/new", "/lean-coffee/new"})
    void shouldRefuseAnEngineerASigMemberPageWithTheRefusalPage(String sigMemberPage) throws IOException {
        signIn("alice", "/docs");
        HtmlPage page = browser.getPage(portal + sigMemberPage);
        assertEquals(403, page.getWebResponse().getStatusCode());
        assertEquals("text/html", page.getWebResponse().getContentType());
        Document refusal = parse(page);
        assertEquals("You can't open this page", refusal.selectFirst("main h1").text());
        assertTrue(refusal.select("main strong").eachText().contains("sig-member"), "names the role the page needs");
        assertEquals("Alice Engineer", refusal.selectFirst(".account .account-name").text(), "still signed in");
    }

    @Test
    void shouldLetASigMemberOpenTheSigMemberPageAnEngineerIsRefused() throws IOException {
        signIn("sam", "/docs");
        assertEquals(200, browser.getPage(portal + "/actions/new").getWebResponse().getStatusCode());
    }

    @Test
    void shouldShowTheAdminHerOwnKeycloakSignInInTheAuditLog() throws IOException {
        signIn("ada", "/admin/audit");
        // The sign-in is recorded asynchronously, just after the code flow completes.
        List<String> newest = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> newestSignIn("ada"), row -> !row.isEmpty());
        assertEquals(List.of("ada", "signed-in", "Keycloak"), newest);
    }

    @Test
    void shouldRecordEachKeycloakSignInOnceInTheAuditLog() throws IOException {
        signIn("ada", "/docs");
        int before = signInCount("sam");

        try (WebClient samsBrowser = newBrowser()) {
            HtmlPage page = submitLogin(openLoginForm(samsBrowser, "/docs"), "sam", "sam");
            assertTrue(page.getUrl().toString().startsWith(portal + "/"), "sam is back on the portal: " + page.getUrl());
        }

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> signInCount("sam"), count -> count != before);
        assertEquals(before + 1, signInCount("sam"));
        assertEquals(List.of("sam", "signed-in", "Keycloak"), newestSignIn("sam"));
    }

    @Test
    void shouldEndTheKeycloakSessionTooOnSignOut() throws IOException {
        HtmlPage signedIn = signIn("maya", "/docs");

        DomElement signOut = signedIn.querySelector(".account form.signout button[type=submit]");
        assertNotNull(signOut, "the header has a sign-out button");
        HtmlPage after = signOut.click();

        // Keycloak returns to /signout/done?state=..., which drops the logout state cookie and lands on a clean home page
        assertEquals(portal + "/", after.getUrl().toString());
        assertNull(browser.getCookieManager().getCookie("q_post_logout"), "the logout state cookie is gone");
        Document home = parse(after);
        assertNotNull(home.selectFirst(".account a.signin-link"), "the header offers to sign in again");
        assertNull(home.selectFirst(".account .account-name"));
        // Were Keycloak's session still alive, this would come straight back signed in instead of showing the form.
        HtmlPage again = openLoginForm(browser, "/docs");
        assertNotNull(again.getElementById(LOGIN_FORM), "Keycloak asks for the password again");
    }

    @Test
    void shouldStayOnKeycloaksLoginFormAfterAWrongPassword() throws IOException {
        HtmlPage page = submitLogin(openLoginForm(browser, "/docs"), "alice", "not-alices-password");

        assertTrue(page.getUrl().toString().startsWith(KeycloakProfile.AUTH_SERVER_URL + "/"), page.getUrl().toString());
        assertNotNull(page.getElementById(LOGIN_FORM), "the login form is shown again");
        Element error = parse(page).selectFirst(LOGIN_ERROR);
        assertNotNull(error, "Keycloak says what went wrong");
        assertEquals("Invalid username or password.", error.text());

        Document docs = parse(browser.getPage(portal + "/docs"));
        assertNotNull(docs.selectFirst(".account a.signin-link"), "no portal session was created");
        assertNull(docs.selectFirst(".account .account-name"));
        assertTrue(browser.getCookieManager().getCookies().stream().noneMatch(c -> c.getName().startsWith("q_session")),
                "no OIDC session cookie");
    }

    /** Signs in as a demo user (password = user name) the way the header's sign-in link does. */
    private HtmlPage signIn(String username, String target) throws IOException {
        HtmlPage page = submitLogin(openLoginForm(browser, target), username, username);
        assertTrue(page.getUrl().toString().startsWith(portal + "/"), "back on the portal: " + page.getUrl());
        return page;
    }

    private HtmlPage openLoginForm(WebClient client, String target) throws IOException {
        HtmlPage page = client.getPage(portal + "/signin?redirect=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        assertTrue(page.getUrl().toString().startsWith(KeycloakProfile.AUTH_SERVER_URL + "/"),
                "on Keycloak's login page: " + page.getUrl());
        return page;
    }

    private static HtmlPage submitLogin(HtmlPage login, String username, String password) throws IOException {
        HtmlForm form = (HtmlForm) login.getElementById(LOGIN_FORM);
        assertNotNull(form, "Keycloak's login form");
        form.getInputByName("username").setValue(username);
        form.getInputByName("password").setValue(password);
        return login.getElementById("kc-login").click();
    }

    /** Who, action and detail of the newest sign-in of that user in the audit log; empty while there is none. */
    private List<String> newestSignIn(String actor) throws IOException {
        Element row = signInsOf(actor).selectFirst("table.audit tbody tr");
        if (row == null) {
            return List.of();
        }
        List<String> cells = row.select("td").eachText();
        return List.of(cells.get(1), cells.get(2), cells.get(4));
    }

    /** How many sign-ins of that user the audit log holds ("3 events, page 1 of 1"). */
    private int signInCount(String actor) throws IOException {
        String count = signInsOf(actor).selectFirst("main .result-count").text();
        return Integer.parseInt(count.substring(0, count.indexOf(' ')));
    }

    /** The audit log narrowed to one user's sign-ins, as the admin in {@link #browser} sees it. */
    private Document signInsOf(String actor) throws IOException {
        HtmlPage page = browser.getPage(portal + "/admin/audit?action=signed-in&actor=" + actor);
        assertEquals(200, page.getWebResponse().getStatusCode());
        return parse(page);
    }

    private static WebClient newBrowser() {
        WebClient client = new WebClient();
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setRedirectEnabled(true);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        return client;
    }

    private static Document parse(HtmlPage page) {
        return Jsoup.parse(page.getWebResponse().getContentAsString(), page.getUrl().toString());
    }
}
