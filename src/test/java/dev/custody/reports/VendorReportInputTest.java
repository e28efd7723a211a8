package dev.custody.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding 6 of issue 16: a vendor dossier queued without vendorId is a 400 naming vendorId, not "Organization null". */
@QuarkusTest
class VendorReportInputTest {

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldNameVendorIdWhenAVendorDossierIsQueuedWithoutIt() {
        given().contentType("application/json").body(Map.of("kind", "VENDOR", "format", "pdf")).post("/api/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("vendorId")).body("detail", not(containsString("null")));
    }
}
