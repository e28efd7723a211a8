package dev.custody.network;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.post;
import static dev.custody.network.Fixtures.problem;
import static dev.custody.network.Fixtures.put;
import static dev.custody.network.Fixtures.total;
import static dev.custody.network.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
class CustodyLegResourceTest {
    static final String LEGS = "/api/custody-legs";

    @Inject
    RecordedNetworkEvents events;

    static Map<String, Object> leg(long vendorId, int sequence, long handlerId) {
        return Map.of("vendorId", vendorId, "sequence", sequence, "kind", "FORWARDER", "handlerId", handlerId,
                "country", "NL", "seals", true, "tracking", true, "escort", false);
    }

    @Test
    void shouldCreateReadFilterUpdateAndDeleteKeepingEachChainInSequence() {
        long vendor = Fixtures.organization(OrganizationKind.VENDOR, "US");
        long handler = Fixtures.organization(OrganizationKind.LOGISTICS_PROVIDER, "NL");
        events.clear();
        long second = create(LEGS, leg(vendor, 2, handler));
        assertThat(events.organizations()).containsExactly(vendor);
        long first = create(LEGS, with(leg(vendor, 1, handler), "kind", "FACTORY", "country", "TW"));

        given().get(LEGS + "/" + second).then().statusCode(200).header("ETag", "\"0\"").body("vendorId", is((int) vendor))
                .body("handlerId", is((int) handler)).body("seals", is(true)).body("escort", is(false));
        given().queryParam("vendorId", vendor).get(LEGS).then().body("items.sequence", contains(1, 2));
        given().queryParam("vendorId", vendor).queryParam("sort", "-sequence").get(LEGS).then()
                .body("items.sequence", contains(2, 1));
        assertThat(total(LEGS, "handlerId", handler, "country", "tw")).isEqualTo(1);

        put(LEGS + "/" + second, with(leg(vendor, 3, handler), "escort", true), 0L).statusCode(200)
                .header("ETag", "\"1\"").body("sequence", is(3)).body("escort", is(true));
        Fixtures.delete(LEGS + "/" + first).statusCode(204);
        Fixtures.delete(LEGS + "/" + second).statusCode(204);
        assertThat(total(LEGS, "vendorId", vendor)).isZero();
        problem(given().get(LEGS + "/" + second).then(), 404);
    }

    @Test
    void shouldRefuseADuplicateSequenceWith409OnTheField() {
        long vendor = Fixtures.organization(OrganizationKind.VENDOR, "US");
        long handler = Fixtures.organization(OrganizationKind.CUSTOMS_BROKER, "NL");
        long id = create(LEGS, leg(vendor, 1, handler));
        problem(post(LEGS, leg(vendor, 1, handler)), 409, "sequence");
        long other = create(LEGS, leg(vendor, 2, handler));
        problem(put(LEGS + "/" + other, leg(vendor, 1, handler), 0L), 409, "sequence");
        put(LEGS + "/" + id, with(leg(vendor, 1, handler), "kind", "CUSTOMS"), 0L).statusCode(200);
    }

    @Test
    void shouldNameEveryBadFieldAndSaveNothing() {
        long vendor = Fixtures.organization(OrganizationKind.VENDOR, "US");
        long manufacturer = Fixtures.organization(OrganizationKind.CONTRACT_MANUFACTURER);
        problem(post(LEGS, with(leg(vendor, 0, manufacturer), "seals", null, "kind", null)), 400, "sequence", "seals",
                "kind");
        problem(post(LEGS, leg(manufacturer, 1, vendor)), 400, "vendorId")
                .body("errors[0].message", containsString("VENDOR"));
        problem(post(LEGS, with(leg(vendor, 1, -1), "country", "QQ")), 400, "handlerId", "country");
        assertThat(total(LEGS, "vendorId", vendor)).isZero();
        assertThat(total(LEGS, "vendorId", manufacturer)).isZero();
    }

    @Test
    void shouldAnswer404ForAnUnknownLeg() {
        problem(given().get(LEGS + "/999999").then(), 404);
        problem(given().delete(LEGS + "/999999").then(), 404);
    }

    @Test
    void shouldRefuseAStaleEditWith409() {
        long vendor = Fixtures.organization(OrganizationKind.VENDOR, "US");
        long handler = Fixtures.organization(OrganizationKind.LOGISTICS_PROVIDER, "NL");
        long id = create(LEGS, leg(vendor, 1, handler));
        put(LEGS + "/" + id, with(leg(vendor, 1, handler), "tracking", false), 0L).statusCode(200);
        problem(put(LEGS + "/" + id, with(leg(vendor, 1, handler), "escort", true), 0L), 409);
        problem(put(LEGS + "/" + id, leg(vendor, 1, handler), null), 428);
        given().get(LEGS + "/" + id).then().body("tracking", is(false)).body("escort", is(false));
    }

    @Test
    void shouldRefuseToDeleteAVendorOrHandlerThatHasALeg() {
        long vendor = Fixtures.organization(OrganizationKind.VENDOR, "US");
        long handler = Fixtures.organization(OrganizationKind.LOGISTICS_PROVIDER, "NL");
        create(LEGS, leg(vendor, 1, handler));
        problem(Fixtures.delete("/api/organizations/" + handler), 409)
                .body("detail", containsString("custody leg"));
    }

    @Test
    @TestSecurity(user = "boss", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldLetAnExecutiveReadButNotWrite() {
        given().get(LEGS).then().statusCode(200);
        problem(post(LEGS, leg(1, 1, 1)), 403);
    }

    @Test
    @TestSecurity(authorizationEnabled = true)
    void shouldAskAnonymousCallersToAuthenticate() {
        given().get(LEGS).then().statusCode(401);
        post(LEGS, leg(1, 1, 1)).statusCode(401);
    }
}
