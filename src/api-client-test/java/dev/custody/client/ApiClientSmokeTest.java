package dev.custody.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.client.api.ApiKeysApi;
import dev.custody.client.api.IncidentsApi;
import dev.custody.client.api.OrganizationsApi;
import dev.custody.client.api.ScoresApi;
import dev.custody.client.model.ApiKeyInput;
import dev.custody.client.model.CreatedApiKey;
import dev.custody.client.model.IncidentCategory;
import dev.custody.client.model.IncidentInput;
import dev.custody.client.model.IncidentStatus;
import dev.custody.client.model.IncidentView;
import dev.custody.client.model.OrganizationInput;
import dev.custody.client.model.OrganizationKind;
import dev.custody.client.model.OrganizationView;
import dev.custody.client.model.Ownership;
import dev.custody.client.model.PageResultOrganizationView;
import dev.custody.client.model.ScoreView;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Java client that openapi-generator made from the document at /q/openapi (profile api-client), used against a
 * running Custody (custody.api.url, the embedded sign-in with the demo logins): a key created with Basic, then with
 * that key list vendors, record an incident, read the vendor's score change; finally the revoked key is refused.
 */
class ApiClientSmokeTest {
    private static final String URL = System.getProperty("custody.api.url", "http://localhost:8080");
    /** DEMO credentials of the embedded default (README "Demo logins"). */
    private static final String USER = "analyst";
    private static final String PASSWORD = "demo";

    private static ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(URL);
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        return client;
    }

    @Test
    void shouldListVendorsCreateAnIncidentAndReadAScoreWithTheGeneratedClient() throws ApiException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        ApiKeysApi keys = new ApiKeysApi(client(basic));
        CreatedApiKey created = keys.apiKeyCreate(new ApiKeyInput().name("generated client smoke test").roles(List.of("risk-analyst")));
        assertThat(created.getKey()).startsWith("custody_");
        ApiClient withKey = client("Bearer " + created.getKey());
        OrganizationsApi organizations = new OrganizationsApi(withKey);
        IncidentsApi incidents = new IncidentsApi(withKey);
        ScoresApi scores = new ScoresApi(withKey);

        String name = "Smoke Test Vendor " + UUID.randomUUID().toString().substring(0, 8);
        OrganizationView vendor = organizations.organizationCreate(new OrganizationInput().name(name)
                .kind(OrganizationKind.VENDOR).hqCountry("DE").ownership(Ownership.PRIVATE));
        // The generator orders query parameters by name: band, country, criticality, kind, page, q, size, sort, tier.
        PageResultOrganizationView vendors = organizations.organizationList(null, null, null, OrganizationKind.VENDOR, 0,
                name, 50, null, null);
        assertThat(vendors.getItems()).extracting(OrganizationView::getId).containsExactly(vendor.getId());
        assertThat(organizations.organizationList(null, null, null, OrganizationKind.VENDOR, 0, null, 500, "name", null)
                .getTotal()).isPositive();

        ScoreView before = scores.organizationScoreScore(vendor.getId());
        assertThat(before.getIncident()).isZero();
        IncidentView incident = incidents.incidentCreate(new IncidentInput().organizationId(vendor.getId())
                .occurredOn(LocalDate.now().minusDays(3)).category(IncidentCategory.HARDWARE_IMPLANT)
                .severity(new BigDecimal("9.0")).status(IncidentStatus.CONFIRMED).title("Implant found at goods-in")
                .sourceReference("generated client smoke test"));
        assertThat(incidents.incidentGet(incident.getId()).getTitle()).isEqualTo("Implant found at goods-in");
        ScoreView after = scores.organizationScoreScore(vendor.getId());
        assertThat(after.getIncident()).isGreaterThan(80.0);
        assertThat(after.getOwn()).isGreaterThanOrEqualTo(before.getOwn());
        assertThat(after.getComputedAt()).isAfterOrEqualTo(before.getComputedAt());
        assertThat(after.getBand()).isNotNull();

        incidents.incidentDelete(incident.getId(), String.valueOf(incident.getVersion()));
        organizations.organizationDelete(vendor.getId(),
                String.valueOf(organizations.organizationGet(vendor.getId()).getVersion()));
        keys.apiKeyRevoke(created.getApiKey().getId());
        assertThatThrownBy(() -> scores.organizationScoreScore(vendor.getId()))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.getCode()).isEqualTo(401));
    }
}
