package dev.custody.hbom;

import static dev.custody.hbom.HbomImportTest.post;
import static dev.custody.hbom.HbomImportTest.stored;
import static dev.custody.hbom.HbomImportTest.vendor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** BOMs that must be refused whole, before anything of them is bound, fetched, expanded or written. */
@QuarkusTest
@TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
class HbomHostileFilesTest {

    static ValidatableResponse dryRun(String file) {
        return post(vendor(), HbomFiles.raw(file), file, true, null);
    }

    @Test
    void shouldRefuseAnExternalEntityWithoutReadingIt() {
        dryRun("xxe.cdx.xml").statusCode(422).contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("document type (DOCTYPE)"))
                .body(not(containsString("root:")));
        assertThat(stored("Exfiltration Boards Ltd.")).isZero();
    }

    @Test
    void shouldRefuseEntityExpansion() {
        dryRun("entity-expansion.cdx.xml").statusCode(422).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("entities"));
    }

    @Test
    void shouldRefuseComponentsNestedDeeperThanTheLimit() {
        String thirteenth = "components[0]" + ".components[0]".repeat(12);
        dryRun("deeply-nested.cdx.json").statusCode(422).body("errors[0].field", equalTo(thirteenth))
                .body("errors[0].message", containsString("nested 13 components deep"))
                .body("errors[0].message", containsString("at most 12"));
    }

    @Test
    void shouldRefuseJsonNestedFarDeeperThanAnyBomBeforeReadingIt() {
        String deep = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"x\":" + "[".repeat(5000)
                + "]".repeat(5000) + "}";
        post(vendor(), deep.getBytes(StandardCharsets.UTF_8), "deep.json", true, null).statusCode(422)
                .body("errors[0].field", equalTo("file")).body("errors[0].message", containsString("nests deeper"));
    }

    @Test
    void shouldRefuseMoreComponentsThanTheLimit() {
        dryRun("huge.cdx.json").statusCode(422).body("errors[0].field", equalTo("components"))
                .body("errors[0].message", containsString("more than 400 components"));
        assertThat(stored("Bulk Passives Ltd.")).isZero();
    }

    @Test
    void shouldRefuseAFileOverTheSizeLimitNamingBothSizes() {
        String padding = " ".repeat(300_000);
        byte[] big = ("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"" + padding + "}")
                .getBytes(StandardCharsets.UTF_8);
        post(vendor(), big, "big.json", true, null).statusCode(413).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("0.3 MB")).body("errors[0].message", containsString("at most"));
    }

    @Test
    void shouldRefuseMalformedJsonNamingLineAndColumn() {
        dryRun("malformed.cdx.json").statusCode(400).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("not well-formed JSON (line 6"));
    }

    @Test
    void shouldListEveryPlaceABomBreaksTheSchema() {
        dryRun("invalid-schema.cdx.json").statusCode(422)
                .body("errors.field", hasItems("components[0].type", "components[1]"))
                .body("errors.find { it.field == 'components[1]' }.message", containsString("name"));
        assertThat(stored("Ostrava Cooling s.r.o.")).isZero();
    }

    @Test
    void shouldRefuseWhatIsNotACycloneDxBomOfVersionOneFiveOrSix() {
        long vendor = vendor();
        post(vendor, "name,kind\nAcme,VENDOR\n".getBytes(StandardCharsets.UTF_8), "a.csv", true, null).statusCode(400)
                .body("errors[0].message", containsString("neither JSON nor XML"));
        post(vendor, "{\"bomFormat\":\"SPDX\"}".getBytes(StandardCharsets.UTF_8), "a.json", true, null)
                .statusCode(400).body("errors[0].message", containsString("not a CycloneDX BOM"));
        post(vendor, "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.4\",\"components\":[]}"
                .getBytes(StandardCharsets.UTF_8), "old.json", true, null).statusCode(400)
                .body("errors[0].message", containsString("CycloneDX 1.4; Custody imports CycloneDX 1.5 and 1.6"));
        post(vendor, "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.3\"/>".getBytes(StandardCharsets.UTF_8), "old.xml",
                true, null).statusCode(400).body("errors[0].message", containsString("CycloneDX 1.3"));
        post(vendor, "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"><components>".getBytes(StandardCharsets.UTF_8),
                "cut.xml", true, null).statusCode(400).body("errors[0].message", containsString("not well-formed XML"));
        post(vendor, new byte[0], "empty.json", true, null).statusCode(400);
    }

    @Test
    void shouldRefuseACustodyPropertyThatIsNotAValue() {
        String bom = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"type\":\"device\","
                + "\"name\":\"Riser card\",\"manufacturer\":{\"name\":\"" + HbomFiles.word() + " Risers\"},"
                + "\"properties\":[{\"name\":\"custody:share\",\"value\":\"1.7\"},"
                + "{\"name\":\"custody:criticality\",\"value\":\"extreme\"}]}]}";
        post(vendor(), bom.getBytes(StandardCharsets.UTF_8), "riser.json", true, null).statusCode(422)
                .body("errors.field", hasItems("components[0].properties[custody:share]",
                        "components[0].properties[custody:criticality]"));
    }
}
