package dev.custody.network;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.custody.network.pages.PageFixtures;
import dev.custody.security.DemoUsers;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Finding 2 of issue 16: names are stored normalised and compared on that form, so invisible characters, width and
 * case do not make a second "Halvard Systems Inc."; reading-direction controls are refused; and screening compares
 * confusable skeletons, so a vendor named "ZТЕ Corporation" with Cyrillic Т and Е is rejected like "ZTE Corporation".
 */
@QuarkusTest
class LookalikeNamesTest {
    @Inject
    OrganizationNameKeys keys;
    @Inject
    EntityManager em;

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, DemoUsers.DEMO_PASSWORD).contentType(ContentType.JSON);
    }

    static Map<String, Object> organization(String name, String kind) {
        return new HashMap<>(Map.of("name", name, "kind", kind, "hqCountry", "DE", "ownership", "PRIVATE"));
    }

    @Test
    void shouldRefuseANameThatReadsTheSameAsAStoredOneWhateverInvisibleCharactersWidthOrCase() {
        String word = Fixtures.unique("Halvard").replace(" ", "");
        String name = word + " Systems Inc.";
        long stored = as("analyst").body(organization(name, "VENDOR")).post("/api/organizations").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String fullWidthH = "\uff28" + word.substring(1);
        for (String lookalike : List.of(word + "\u200b Systems Inc.", word.toUpperCase() + " SYSTEMS INC.",
                fullWidthH + " Systems Inc.", word + "  Systems\u00a0Inc.", word + " Sys\u2060tems Inc.\ufeff")) {
            as("analyst").body(organization(lookalike, "CONTRACT_MANUFACTURER")).post("/api/organizations").then()
                    .statusCode(409).contentType(startsWith("application/problem+json"))
                    .body("errors.field", contains("name"))
                    .body("errors[0].message", containsString("reads the same as \"" + name + "\" (organization "
                            + stored + ")"));
        }
        assertThat(given().auth().preemptive().basic("analyst", "demo").queryParam("q", word)
                .get("/api/organizations").then().extract().jsonPath().getInt("total")).isEqualTo(1);
    }

    @Test
    void shouldStoreTheNormalisedName() {
        String word = Fixtures.unique("Brightkeel").replace(" ", "");
        long id = as("analyst").body(organization("\uff22" + word.substring(1) + "\u200b \u00a0Firmware\u00ad  Labs",
                "FIRMWARE_HOUSE")).post("/api/organizations").then().statusCode(201)
                .body("name", equalTo(word + " Firmware Labs")).extract().jsonPath().getLong("id");
        as("analyst").get("/api/organizations/" + id).then().body("name", equalTo(word + " Firmware Labs"));
    }

    @Test
    void shouldRefuseReadingDirectionControlsWith400NamingTheField() {
        String name = Fixtures.unique("Qianmo");
        as("analyst").body(organization(name + " \u202eCircuit", "COMPONENT_SUPPLIER")).post("/api/organizations")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("name"))
                .body("errors[0].message", containsString("changes the reading direction"));
        Map<String, Object> owned = organization(name + " Circuit", "COMPONENT_SUPPLIER");
        owned.put("ownership", "FOREIGN_OWNED");
        owned.put("parentCompany", "\u2067Hengtai\u2069 Holdings");
        owned.put("parentCountry", "CN");
        as("analyst").body(owned).post("/api/organizations").then().statusCode(400)
                .body("errors.field", contains("parentCompany"));
        as("analyst").body(organization("\u200b\u200c", "COMPONENT_SUPPLIER")).post("/api/organizations").then()
                .statusCode(400).body("errors.field", hasItem("name"));
        assertThat(as("analyst").queryParam("q", name).get("/api/organizations").then().extract().jsonPath()
                .getInt("total")).as("nothing saved").isZero();
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldShowTheReadingDirectionRefusalBesideTheNameOnTheForm() {
        String name = Fixtures.unique("Qianmo Form");
        PageFixtures.Csrf csrf = PageFixtures.csrfFrom("/organizations/new");
        // A browser sends the form in UTF-8 (RestAssured's default for forms is ISO-8859-1, which has no U+202E).
        PageFixtures.formPost(csrf).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("name", name + "\u202e").formParam("kind", "VENDOR")
                .formParam("hqCountry", "DE").formParam("ownership", "PRIVATE").post("/organizations").then()
                .statusCode(400).body(containsString("id=\"name-error\">contains an invisible character that changes "
                        + "the reading direction"));
    }

    @Test
    void shouldRejectAVendorWrittenWithLookAlikeLettersOfARestrictedPartyLikeTheRealName() {
        String cyrillic = "Z\u0422\u0415 Corporation";
        JsonPath decision = purchase(vendorNamed(cyrillic));
        assertThat(decision.getString("decision.outcome")).isEqualTo("REJECT");
        assertThat(decision.getList("decision.rules.rule")).contains("restricted-party");
        assertThat(decision.getString("decision.rules.find { it.rule == 'restricted-party' }.text"))
                .contains("is ZTE Corporation, listed under")
                .contains("is written with look-alike letters (Cyrillic and Latin script) that read as "
                        + "\"ZTE Corporation\"");

        JsonPath real = purchase(vendorNamed("ZTE Corporation"));
        assertThat(real.getString("decision.outcome")).isEqualTo("REJECT");
        assertThat(real.getList("decision.rules.rule")).contains("restricted-party");

        // The same through ownership: a parent company spelt with Greek capitals.
        Map<String, Object> owned = organization(Fixtures.unique("Owned Vendor"), "VENDOR");
        owned.put("ownership", "FOREIGN_OWNED");
        owned.put("parentCompany", "\u0396\u03a4\u0395 Corp.");
        owned.put("parentCountry", "CN");
        long ownedId = as("analyst").body(owned).post("/api/organizations").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        assertThat(purchase(ownedId).getString("decision.rules.find { it.rule == 'restricted-party' }.text"))
                .contains("is owned by ZTE Corporation");
    }

    @Test
    void shouldRefuseALookAlikeOfAStoredNameInAnImportAndAReadingDirectionControl() {
        String name = Fixtures.unique("Imported Maker");
        as("analyst").body(organization(name, "COMPONENT_SUPPLIER")).post("/api/organizations").then().statusCode(201);
        String csv = "name,kind,hq_country,ownership\n" + name.replace(" ", "\u200b ") + ",COMPONENT_SUPPLIER,DE,PRIVATE\n"
                + Fixtures.unique("Other") + "\u202e,COMPONENT_SUPPLIER,DE,PRIVATE\n";
        given().auth().preemptive().basic("analyst", "demo")
                .multiPart("file", "orgs.csv", csv.getBytes(StandardCharsets.UTF_8)).post("/api/imports").then()
                .statusCode(422)
                .body("rows.find { it.row == 2 }.message", containsString("already exists"))
                .body("rows.find { it.row == 3 }.column", equalTo("name"))
                .body("rows.find { it.row == 3 }.message", containsString("changes the reading direction"));
    }

    @Test
    void shouldGiveRowsStoredBeforeNormalisationTheirKeyAndRenameADuplicate() {
        String name = Fixtures.unique("Legacy Maker");
        long first = legacyRow(name);
        long duplicate = legacyRow(name.replace(" ", " \u200b"));
        long untidy = legacyRow("\u00a0" + name + " Two\u200d ");
        long plainVersion = version(first);

        keys.fill();

        QuarkusTransaction.requiringNew().run(() -> {
            Organization a = Organization.findById(first);
            Organization b = Organization.findById(duplicate);
            Organization c = Organization.findById(untidy);
            assertThat(a.name).isEqualTo(name);
            assertThat(a.nameKey).isEqualTo(Names.key(name));
            assertThat(a.version).as("only the key was written").isEqualTo(plainVersion);
            assertThat(b.name).isEqualTo(name + " (duplicate of organization " + first + ")");
            assertThat(b.nameKey).isEqualTo(Names.key(b.name));
            assertThat(c.name).isEqualTo(name + " Two");
        });
        as("analyst").get("/api/history/organizations/" + duplicate).then().statusCode(200)
                .body(containsString("(duplicate of organization " + first + ")"));
        as("analyst").body(organization(name.toUpperCase(), "VENDOR")).post("/api/organizations").then()
                .statusCode(409);
    }

    /** An organization as a version before V16 stored it: the name as typed, no key. */
    private long legacyRow(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now();
            em.createNativeQuery("INSERT INTO organization (name, kind, hq_country, ownership, created_at, updated_at, "
                    + "version) VALUES (?1, 'COMPONENT_SUPPLIER', 'DE', 'PRIVATE', ?2, ?2, 0)")
                    .setParameter(1, name).setParameter(2, now).executeUpdate();
            return ((Number) em.createNativeQuery("SELECT id FROM organization WHERE name = ?1").setParameter(1, name)
                    .getSingleResult()).longValue();
        });
    }

    private static long version(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>findById(id).version);
    }

    /** The vendor of that exact name: created, or the one an earlier test run created. */
    private static long vendorNamed(String name) {
        var created = as("analyst").body(organization(name, "VENDOR")).post("/api/organizations").then().extract();
        if (created.statusCode() == 201) {
            return created.jsonPath().getLong("id");
        }
        return as("analyst").queryParam("q", name).get("/api/organizations").then().extract().jsonPath()
                .getLong("items.find { it.name == '" + name + "' }.id");
    }

    private static JsonPath purchase(long vendor) {
        return as("buyer").body(Map.of("vendorId", vendor, "item", "Routers", "quantity", 2, "unitPrice", 1500,
                "criticality", "LOW")).post("/api/purchase-requests").then().statusCode(201).extract().jsonPath();
    }
}
