package dev.custody.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** The restriction lists as a page every signed-in role reads, searched by name or alias, list and country. */
@QuarkusTest
class RestrictedPartyPagesTest {

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT)
    void shouldFindASeededPartyByAliasAndNarrowByCountry() {
        given().accept("text/html").get("/restricted-parties").then().statusCode(200)
                .body(containsString("ZTE Corporation")).body(containsString("href=\"/restricted-parties\""));
        given().accept("text/html").queryParam("q", "zte").get("/restricted-parties").then().statusCode(200)
                .body(containsString("ZTE Corporation")).body(not(containsString("Huawei Technologies")));
        given().accept("text/html").queryParam("q", "zte").queryParam("country", "de").get("/restricted-parties")
                .then().statusCode(200).body(containsString("No party matches."));
    }

    @Test
    @TestSecurity(user = "executive", roles = Roles.EXECUTIVE)
    void shouldNameABadPageNumber() {
        given().accept("text/html").queryParam("page", "first").get("/restricted-parties").then().statusCode(400)
                .body(containsString("page"));
    }
}
