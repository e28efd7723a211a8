package dev.custody.gating.standing;

import static dev.custody.gating.GatingApi.as;
import static dev.custody.gating.GatingApi.create;
import static dev.custody.gating.GatingApi.link;
import static dev.custody.gating.GatingApi.organization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import dev.custody.network.Fixtures;
import dev.custody.platform.events.StandingChanged;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GET /api/organizations/{id}/standing and GET /api/standings: the demo vendors' standings, the restricted
 * organization naming the vendor it bars, and the standing kept current when the network, the lists or an
 * engagement change, with StandingChanged fired when it moves.
 */
@QuarkusTest
class StandingResourceTest {
    @Inject
    RecordedStandingEvents events;

    static long id(String name) {
        return as("analyst").queryParam("q", name).get("/api/organizations").then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");
    }

    static JsonPath standing(long id) {
        return as("executive").get("/api/organizations/" + id + "/standing").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldBarTheDemoVendorWithARestrictedPartyThreeTiersDownAndNameThePath() {
        long halvard = id("Halvard Systems");
        JsonPath h = standing(halvard);
        assertThat(h.getString("standing")).isEqualTo("BARRED");
        assertThat(h.getString("label")).isEqualTo("Barred");
        assertThat(h.getString("reason")).contains("Hengtai Telematics").contains("is owned by ZTE Corporation")
                .contains("No safeguard can lift a legal block").contains("critical criticality");
        assertThat(h.getString("criticality")).isEqualTo("CRITICAL");
        assertThat(h.getBoolean("fromEngagement")).isTrue();
        assertThat(h.getList("blockedBy.path", String.class))
                .anySatisfy(p -> assertThat(p).startsWith("Halvard Systems").contains("Corsalis").endsWith(
                        "Hengtai Telematics Modules Co., Ltd."));
        assertThat(h.getList("conditions")).isEmpty();

        long hengtai = id("Hengtai Telematics");
        JsonPath barring = standing(hengtai);
        assertThat(barring.getBoolean("vendor")).isFalse();
        assertThat(barring.getString("standing")).isNull();
        assertThat(barring.getList("bars.vendorName", String.class)).contains("Halvard Systems Inc.");
    }

    @Test
    void shouldGiveTheOtherDemoVendorsTheirStandingAtTheirEngagementCriticality() {
        assertThat(standing(id("Tsukimori")).getString("standing")).isEqualTo("REJECT");
        JsonPath tessaly = standing(id("Tessaly"));
        assertThat(tessaly.getString("standing")).isEqualTo("APPROVE_WITH_CONDITIONS");
        assertThat(tessaly.getDouble("conditionsCost")).isGreaterThan(0);
        assertThat(tessaly.getBoolean("viable")).as("its conditions against 4.2 M of annual spend").isTrue();
        for (String name : List.of("Veldhaven", "Orrimund", "Kestrelvane", "Seorin")) {
            assertThat(standing(id(name)).getString("standing")).as(name).isEqualTo("APPROVE");
        }
        as("buyer").queryParam("standing", "barred").get("/api/standings").then().statusCode(200)
                .body("name", hasItem("Halvard Systems Inc."));
        as("buyer").queryParam("standing", "maybe").get("/api/standings").then().statusCode(400)
                .body("errors[0].field", equalTo("standing"));
        as("buyer").get("/api/organizations/999999999/standing").then().statusCode(404);
    }

    @Test
    void shouldJudgeAVendorWithoutAnEngagementAtTheDefaultAndFollowItsEngagement() {
        long vendor = organization("VENDOR", "DK", null);
        JsonPath none = standing(vendor);
        assertThat(none.getString("criticality")).isEqualTo("HIGH");
        assertThat(none.getBoolean("fromEngagement")).isFalse();
        assertThat(none.getString("reason")).contains("no engagement").contains("default high criticality");

        as("analyst").body(Map.of("unitsPerYear", 10, "unitPrice", 1000, "currency", "USD", "criticality", "LOW",
                "estimates", List.of())).put("/api/organizations/" + vendor + "/engagement").then().statusCode(201);
        JsonPath engaged = standing(vendor);
        assertThat(engaged.getString("criticality")).isEqualTo("LOW");
        assertThat(engaged.getBoolean("fromEngagement")).isTrue();
        assertThat(engaged.getDouble("annualValue")).isEqualTo(10_000.0);
    }

    @Test
    void shouldBarAVendorWhenASupplierTwoTiersDownIsListedAndLiftItWhenTheEntryGoes() {
        long vendor = organization("VENDOR", "DK", null);
        long maker = organization("CONTRACT_MANUFACTURER", "DK", null);
        String name = Fixtures.unique("Quillon Radio Works");
        long deep = create("/api/organizations", Map.of("name", name, "kind", "COMPONENT_SUPPLIER", "hqCountry",
                "DK", "ownership", "PRIVATE"));
        link(vendor, maker);
        link(maker, deep);
        String before = standing(vendor).getString("standing");
        assertThat(before).isNotEqualTo("BARRED");
        events.clear();

        long party = as("admin").body(Map.of("name", name, "country", "DK", "listName", "Test list",
                "listedOn", "2026-01-01")).post("/api/restricted-parties").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        JsonPath barred = standing(vendor);
        assertThat(barred.getString("standing")).isEqualTo("BARRED");
        assertThat(barred.getString("previous")).isEqualTo(before);
        assertThat(barred.getList("blockedBy.organizationId", Long.class)).containsExactly(deep);
        assertThat(standing(deep).getList("bars.vendorId", Long.class)).containsExactly(vendor);
        assertThat(events.of(vendor)).extracting(StandingChanged::to).containsExactly("BARRED");

        int version = as("admin").get("/api/restricted-parties/" + party).then().extract().path("version");
        as("admin").header("If-Match", String.valueOf(version)).delete("/api/restricted-parties/" + party).then()
                .statusCode(204);
        assertThat(standing(vendor).getString("standing")).isEqualTo(before);
        assertThat(standing(deep).getList("bars")).isEmpty();
        assertThat(events.of(vendor)).extracting(StandingChanged::from).containsExactly(before, "BARRED");
    }

    @Test
    void shouldBarAVendorWhenALinkBringsAnEmbargoedCountryIntoItsTree() {
        long vendor = organization("VENDOR", "DK", null);
        long maker = organization("CONTRACT_MANUFACTURER", "DK", null);
        link(vendor, maker);
        assertThat(standing(vendor).getString("standing")).isNotEqualTo("BARRED");
        long embargoed = organization("COMPONENT_SUPPLIER", "KP", null);
        link(maker, embargoed);
        JsonPath barred = standing(vendor);
        assertThat(barred.getString("standing")).isEqualTo("BARRED");
        assertThat(barred.getString("reason")).contains("an embargoed country");
        as("analyst").get("/api/organizations/" + vendor + "/standing").then()
                .body("blockedBy[0].rule", is("embargoed-country")).body("blockedBy[0].path", containsString(" → "))
                .body("residual", nullValue());
    }
}
