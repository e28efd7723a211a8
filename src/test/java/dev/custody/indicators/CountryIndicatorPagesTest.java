package dev.custody.indicators;

import static dev.custody.network.pages.PageFixtures.csrfFrom;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import dev.custody.network.Fixtures;
import dev.custody.network.pages.PageFixtures;
import dev.custody.scoring.ModelFixtures;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CountryIndicatorPagesTest {
    static final String PAGE = "/admin/country-indicators";

    @AfterEach
    void restore() {
        ModelFixtures.restoreDefaults();
    }

    static RequestSpecification upload(PageFixtures.Csrf csrf, String name, String csv) {
        return given().redirects().follow(false).accept("text/html").cookie("custody-csrf", csrf.cookie())
                .multiPart("_csrf", csrf.field()).multiPart("name", name).multiPart("direction", "HIGHER_IS_SAFER")
                .multiPart("weight", "0.5").multiPart("file", "index.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldListEveryBadRowThenImportAGoodFile() {
        PageFixtures.Csrf csrf = csrfFrom(PAGE);
        String name = Fixtures.unique("Page index");
        upload(csrf, name, "iso2,value\nDE,3\nZZ,1\nFR,x\n").post(PAGE).then().statusCode(422)
                .body(containsString("id=\"row-errors\"")).body(containsString("unknown country code ZZ"))
                .body(containsString("not a number: x"));
        given().get(PAGE).then().statusCode(200).body(org.hamcrest.Matchers.not(containsString(name)));

        upload(csrf, name, "iso2,value\nDE,3\nFR,1\n").post(PAGE).then().statusCode(200)
                .body(containsString("draft version")).body(containsString(name));
    }
}
