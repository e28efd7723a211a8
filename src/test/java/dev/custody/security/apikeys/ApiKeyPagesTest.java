package dev.custody.security.apikeys;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.custody.network.pages.PageFixtures;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The API keys page under the user's menu and the administrators' page of every login's keys. */
@QuarkusTest
class ApiKeyPagesTest {
    static final String PAGE = "/account/api-keys";
    private static final Pattern SHOWN_KEY = Pattern.compile("<code class=\"api-key\">(custody_[^<]+)</code>");

    @Test
    @TestSecurity(user = "approver", roles = {Roles.PROCUREMENT, Roles.APPROVER})
    void shouldOfferOnlyTheUsersOwnRolesAndLinkThePageFromTheUserMenu() {
        String page = given().accept("text/html").get(PAGE).then().statusCode(200).extract().asString();
        assertThat(page).contains("name=\"roles\" value=\"procurement\"", "name=\"roles\" value=\"approver\"")
                .doesNotContain("value=\"admin\"", "value=\"risk-analyst\"")
                .contains("<details class=\"navmenu usermenu\">", "href=\"/account/api-keys\"")
                .doesNotContain("href=\"/admin/api-keys\"");
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldShowANewKeyOnceThenOnlyItsPrefix() {
        PageFixtures.Csrf csrf = PageFixtures.csrfFrom(PAGE);
        String answer = PageFixtures.formPost(csrf).formParam("name", "page key").formParam("roles", Roles.ANALYST)
                .formParam("expiresOn", "2099-12-31").post(PAGE).then().statusCode(200)
                .header("Cache-Control", "no-store").body(containsString("Copy it now")).extract().asString();
        Matcher shown = SHOWN_KEY.matcher(answer);
        assertThat(shown.find()).isTrue();
        String key = shown.group(1);
        assertThat(answer).contains("1 Jan 2100, 00:00 UTC");

        ApiKeyResourceTest.bearer(key).get("/api/countries/DE").then().statusCode(200);
        String later = given().accept("text/html").get(PAGE).then().statusCode(200).extract().asString();
        assertThat(later).doesNotContain(key).contains(key.substring(0, 20) + "…").contains("page key");
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldShowEachMistakeBesideItsFieldAndCreateNothing() {
        PageFixtures.Csrf csrf = PageFixtures.csrfFrom(PAGE);
        String answer = PageFixtures.formPost(csrf).formParam("name", "").formParam("expiresOn", "31/12/2099")
                .post(PAGE).then().statusCode(400).extract().asString();
        assertThat(answer).contains("id=\"name-error\">must not be blank", "id=\"roles-error\">tick at least one role",
                "id=\"expiresOn-error\">must be a date such as 2027-03-31").doesNotContain("class=\"api-key\"");

        String past = PageFixtures.formPost(csrf).formParam("name", "too late").formParam("roles", Roles.ANALYST)
                .formParam("expiresOn", "2001-01-01").post(PAGE).then().statusCode(400).extract().asString();
        assertThat(past).contains("id=\"expiresOn-error\">must be in the future");
        given().accept("text/html").get(PAGE).then().body(not(containsString("too late")));
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT)
    void shouldRevokeFromThePage() {
        var created = ApiKeyResourceTest.basic("buyer").body(Map.of("name", "revoke me")).post(ApiKeyResourceTest.KEYS)
                .then().statusCode(201).extract();
        int id = created.path("apiKey.id");
        PageFixtures.Csrf csrf = PageFixtures.csrfFrom(PAGE);
        PageFixtures.formPost(csrf).post(PAGE + "/" + id + "/revoke").then().statusCode(303)
                .header("Location", containsString(PAGE + "?revoked=1"));
        String page = given().accept("text/html").get(PAGE + "?revoked=1").then().statusCode(200).extract().asString();
        assertThat(page).contains("The key is revoked");
        assertThat(page.substring(page.indexOf("id=\"key-" + id + "\""))).contains("Revoked", "by buyer");
        ApiKeyResourceTest.bearer(created.path("key")).get("/api/countries/DE").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT)
    void shouldNotRevokeSomeoneElsesKeyFromTheOwnPage() {
        int id = ApiKeyResourceTest.basic("executive").body(Map.of("name", "not yours")).post(ApiKeyResourceTest.KEYS)
                .then().statusCode(201).extract().path("apiKey.id");
        PageFixtures.Csrf csrf = PageFixtures.csrfFrom(PAGE);
        PageFixtures.formPost(csrf).post(PAGE + "/" + id + "/revoke").then().statusCode(404);
        ApiKeyResourceTest.basic("executive").get(ApiKeyResourceTest.KEYS + "/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldLetAnAdministratorSeeAndRevokeAnyonesKeys() {
        int id = ApiKeyResourceTest.basic("analyst").body(Map.of("name", "analyst's script"))
                .post(ApiKeyResourceTest.KEYS).then().statusCode(201).extract().path("apiKey.id");
        assertThat(given().accept("text/html").get(PAGE).then().statusCode(200).extract().asString())
                .contains("href=\"/admin/api-keys\"");
        String all = given().accept("text/html").get("/admin/api-keys?owner=analyst").then().statusCode(200)
                .extract().asString();
        assertThat(all).contains("id=\"key-" + id + "\"", "analyst&#39;s script").doesNotContain("<td>executive</td>");
        PageFixtures.Csrf csrf = PageFixtures.csrfFrom("/admin/api-keys");
        PageFixtures.formPost(csrf).post("/admin/api-keys/" + id + "/revoke").then().statusCode(303);
        ApiKeyResourceTest.basic("analyst").get(ApiKeyResourceTest.KEYS + "/" + id).then()
                .body("revokedBy", org.hamcrest.Matchers.equalTo("admin"));
    }
}
