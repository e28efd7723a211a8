package dev.custody.network.transfer;

import static dev.custody.network.transfer.Workbooks.organization;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;

import dev.custody.network.Fixtures;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Finding 5 of issue 16 in the bulk import: a workbook cell carries control characters too (Excel stores them as
 * _x0000_ escapes), so a name with a NUL or an escape character is a row error, and nothing is imported.
 */
@QuarkusTest
class ImportControlCharacterTest {

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldReportAControlCharacterInACellAndImportNothing() {
        String sfx = Workbooks.suffix();
        byte[] file = Workbooks.xlsx(List.of(organization("Nul\u0000 Vendor " + sfx, "VENDOR", "US"),
                organization("Escape\u001b[31m Vendor " + sfx, "VENDOR", "US")), List.of());

        given().multiPart("file", "hostile.xlsx", file).post("/api/imports").then().statusCode(422)
                .body("errors.field", hasItems("Organizations!row 2!name", "Organizations!row 3!name"));
        Assertions.assertThat(Fixtures.total("/api/organizations", "q", sfx)).isZero();
    }
}
