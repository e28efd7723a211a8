package dev.custody.gating;

import static dev.custody.gating.GatingApi.as;
import static dev.custody.gating.GatingApi.assess;
import static dev.custody.gating.GatingApi.create;
import static dev.custody.gating.GatingApi.leg;
import static dev.custody.gating.GatingApi.link;
import static dev.custody.gating.GatingApi.organization;
import static dev.custody.gating.GatingApi.request;
import static dev.custody.gating.GatingApi.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.custody.network.Fixtures;
import dev.custody.security.DemoUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScreeningResourceTest {
    static final String LISTS = "/api/screening-lists";

    static byte[] sample(String name) {
        try (InputStream in = ScreeningResourceTest.class.getResourceAsStream("/screening/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ValidatableResponse upload(String user, byte[] file) {
        return given().auth().preemptive().basic(user, DemoUsers.DEMO_PASSWORD)
                .multiPart("file", "consolidated.csv", file, "text/csv").post(LISTS).then();
    }

    static String importSample() {
        return upload("admin", sample("csl-sample.csv")).statusCode(201).extract().path("checksum");
    }

    /** An organization with this exact name (the names differ in legal form or case only, so each is new). */
    static long named(String kind, String name) {
        return create("/api/organizations", Map.of("name", name, "kind", kind, "hqCountry", "TW",
                "ownership", "PRIVATE"));
    }

    /** A well-assessed vendor, so that screening alone decides (otherwise it would be approved). */
    static long vendor() {
        long vendor = organization("VENDOR", "DK", null);
        assess(vendor, 0, 0);
        return vendor;
    }

    @Test
    void shouldImportTheListAndShowItInForce() {
        String checksum = importSample();
        as("buyer").get(LISTS).then().statusCode(200)
                .body("source", equalTo("US Consolidated Screening List"))
                .body("fileName", equalTo("consolidated.csv"))
                .body("importedBy", equalTo("admin"))
                .body("rows", equalTo(4))
                .body("names", equalTo(9)) // 3 + 3 + 1 + 2 names and aliases in the sample
                .body("checksum", equalTo(checksum));
    }

    @Test
    void shouldLetOnlyAdministratorsImport() {
        upload("buyer", sample("csl-sample.csv")).statusCode(403);
        upload("analyst", sample("csl-sample.csv")).statusCode(403);
        upload("approver", sample("csl-replacement.csv")).statusCode(403);
        given().multiPart("file", "x.csv", sample("csl-sample.csv"), "text/csv").post(LISTS).then().statusCode(401);
    }

    static ValidatableResponse decide(long vendor) {
        return submit("buyer", request(vendor, "LOW")).statusCode(201);
    }

    static final String EXACT = "decision.rules.find { it.rule == 'restricted-party' }";
    static final String CLOSE = "decision.rules.find { it.rule == 'possible-restricted-party' }";

    @Test
    void shouldRejectAnImportedPartyAtTierOne() {
        importSample();
        long vendor = vendor();
        link(vendor, named("CONTRACT_MANUFACTURER", "VELMARINE LOGISTICS CO."));
        decide(vendor).body("decision.outcome", equalTo("REJECT"))
                .body(EXACT + ".text", containsString("VELMARINE LOGISTICS CO. in the tier tree"))
                .body(EXACT + ".text", containsString("is Velmarine Logistics Company, listed under Specially "
                        + "Designated Nationals (SDN) - Treasury Department"))
                .body(EXACT + ".match.path.size()", equalTo(2));
    }

    @Test
    void shouldRejectAnImportedAliasThreeTiersDown() {
        importSample();
        long vendor = vendor();
        long manufacturer = organization("CONTRACT_MANUFACTURER", "TW", null);
        long board = organization("COMPONENT_SUPPLIER", "TW", null);
        link(vendor, manufacturer);
        link(manufacturer, board);
        link(board, named("COMPONENT_SUPPLIER", "QPH MICROWAVE COMPANY LIMITED"));
        decide(vendor).body("decision.outcome", equalTo("REJECT"))
                .body(EXACT + ".text", containsString("is Quorvex Photonics Holdings Ltd., listed under Entity List (EL)"))
                .body(EXACT + ".match.matchedName", equalTo("QPH Microwave Co."))
                .body(EXACT + ".match.similarity", equalTo(1.0f))
                .body(EXACT + ".match.path.size()", equalTo(4));
    }

    @Test
    void shouldRejectAnImportedPartyInTheCustodyChain() {
        importSample();
        long vendor = vendor();
        leg(vendor, named("LOGISTICS_PROVIDER", "Société Velmarine S.A."), "DK");
        decide(vendor).body("decision.outcome", equalTo("REJECT"))
                .body(EXACT + ".match.where", equalTo("custody chain"))
                .body(EXACT + ".match.matchedName", equalTo("Société Velmarine"));
    }

    @Test
    void shouldAskForAdjudicationOfACloseNameAndLetASecondPersonResolveIt() {
        importSample();
        long vendor = vendor();
        link(vendor, named("COMPONENT_SUPPLIER", "Brakenfeld Halbleiter AG"));
        int id = decide(vendor).body("decision.outcome", equalTo("NEEDS_ADJUDICATION"))
                .body(CLOSE + ".match.organization", equalTo("Brakenfeld Halbleiter AG"))
                .body(CLOSE + ".match.party", equalTo("Brakkenfeld Halbleiter GmbH"))
                .body(CLOSE + ".match.list", equalTo("Unverified List (UVL) - Bureau of Industry and Security"))
                .body(CLOSE + ".match.similarity", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(0.88f), org.hamcrest.Matchers.lessThan(1f)))
                .body(CLOSE + ".text", containsString("an approver must decide"))
                .extract().path("id");
        String path = "/api/purchase-requests/" + id + "/override";
        as("buyer").body(Map.of("outcome", "APPROVE", "justification", "Mine")).post(path).then().statusCode(403);
        as("approver").body(Map.of("outcome", "NEEDS_ADJUDICATION", "justification", "Unsure")).post(path).then()
                .statusCode(400).body("errors.field", hasItem("outcome"));
        as("approver").body(Map.of("outcome", "APPROVE", "justification", "Different company: registry extract "
                + "shows another owner")).post(path).then().statusCode(200).body("outcome", equalTo("APPROVE"))
                .body("rules.rule", hasItems("possible-restricted-party", "override"));
    }

    @Test
    void shouldNotAskForAdjudicationBelowTheThreshold() {
        importSample();
        long vendor = vendor();
        link(vendor, named("COMPONENT_SUPPLIER", "Brakkenfeld Consulting"));
        decide(vendor).body("decision.outcome", equalTo("APPROVE"))
                .body("decision.rules.rule", not(hasItem("possible-restricted-party")));
    }

    @Test
    void shouldRefuseAMalformedFileAndKeepTheOldListInForce() {
        String checksum = importSample();
        String header = new String(sample("csl-replacement.csv"), StandardCharsets.UTF_8).lines().findFirst()
                .orElseThrow();
        String blankName = header + "\nx,Entity List (EL),,Entity,,,,,,,,,,,,,,,,,,,,,,,,,\nshort,row\n";
        upload("admin", blankName.getBytes(StandardCharsets.UTF_8)).statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("csv!row 2!name", "csv!row 3"))
                .body("rows.row", hasItems(2, 3))
                .body("detail", containsString("the screening list in force stays"));
        upload("admin", "name,alt_names\nAcme,\n".getBytes(StandardCharsets.UTF_8)).statusCode(422)
                .body("rows[0].column", equalTo("header"));
        upload("admin", new byte[] {'P', 'K', 3, 4, 0, 0}).statusCode(422)
                .body("errors[0].field", equalTo("file")).body("errors[0].message", containsString("not CSV text"));
        upload("admin", (header + "\n" + "#".repeat(70_000)).getBytes(StandardCharsets.UTF_8)).statusCode(422)
                .body("errors[0].field", equalTo("file")).body("errors[0].message", containsString("at most 65536"));

        as("buyer").get(LISTS).then().statusCode(200).body("checksum", equalTo(checksum)).body("rows", equalTo(4));
        long vendor = vendor();
        link(vendor, named("COMPONENT_SUPPLIER", "Quorvex Photonics Holdings, Inc."));
        decide(vendor).body("decision.outcome", equalTo("REJECT"))
                .body(EXACT + ".match.party", equalTo("Quorvex Photonics Holdings Ltd."));
    }

    @Test
    void shouldReplaceTheImportedListAsAWholeAndKeepTheSeededParties() {
        importSample();
        as("admin").contentType("text/csv").queryParam("fileName", "replacement.csv")
                .body(sample("csl-replacement.csv")).post(LISTS).then().statusCode(201)
                .body("rows", equalTo(1)).body("fileName", equalTo("replacement.csv"));
        as("analyst").get(LISTS).then().body("rows", equalTo(1)).body("fileName", equalTo("replacement.csv"));
        long gone = vendor();
        link(gone, named("COMPONENT_SUPPLIER", "QUORVEX PHOTONICS HOLDINGS LLC"));
        decide(gone).body("decision.outcome", equalTo("APPROVE"));
        long replaced = vendor();
        link(replaced, named("COMPONENT_SUPPLIER", "Tarnwick Aero GmbH"));
        decide(replaced).body("decision.outcome", equalTo("REJECT"))
                .body(EXACT + ".match.list", equalTo("Entity List (EL) - Bureau of Industry and Security"));
        long seeded = vendor();
        link(seeded, organization("COMPONENT_SUPPLIER", "TW", "Huawei Technologies Co., Ltd."));
        decide(seeded).body("decision.outcome", equalTo("REJECT"))
                .body(EXACT + ".text", containsString("Section 889"));
        importSample();
    }
}
