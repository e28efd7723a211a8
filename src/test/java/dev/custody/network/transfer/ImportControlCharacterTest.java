package dev.custody.network.transfer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.custody.network.Fixtures;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Finding 5 of issue 16 in the bulk import: a CSV cell with an escape character or a tab in a name is a row error
 * and nothing is imported (a NUL already makes the file binary); line breaks stay allowed in a description.
 */
@QuarkusTest
class ImportControlCharacterTest {

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldReportAControlCharacterInACellAndImportNothing() {
        String sfx = Workbooks.suffix();
        String csv = "name,kind,hq_country,ownership,description\n"
                + "\"Escape\u001b[31m Vendor " + sfx + "\",VENDOR,US,PRIVATE,\n"
                + "\"Tab\tVendor " + sfx + "\",VENDOR,US,PRIVATE,\n"
                + "\"Lines Vendor " + sfx + "\",VENDOR,US,PRIVATE,\"first line\nsecond line\"\n";

        given().multiPart("file", "hostile.csv", csv.getBytes(StandardCharsets.UTF_8)).post("/api/imports").then()
                .statusCode(422).body("errors.field", hasItems("Organizations!row 2!name", "Organizations!row 3!name"))
                .body("errors.field", not(hasItems("Organizations!row 4!description")));
        Assertions.assertThat(Fixtures.total("/api/organizations", "q", sfx)).isZero();
    }
}
