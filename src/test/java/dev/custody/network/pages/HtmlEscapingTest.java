package dev.custody.network.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.network.IncidentStatus;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.security.Endpoints;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A vendor named like a script, with a site, incident and supply link named likewise, shows as text on every page:
 * each page of the application (found by reflection) is opened with that vendor's id and the hostile text also as
 * the search query, and none may contain the markup unescaped.
 */
@QuarkusTest
class HtmlEscapingTest {
    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @Test
    @TestSecurity(user = "admin", roles = {Roles.ADMIN, Roles.APPROVER})
    void shouldRenderUserTextEscapedOnEveryPage() {
        Organization vendor = PageFixtures.organization(HOSTILE + " " + PageFixtures.unique("Vendor"),
                OrganizationKind.VENDOR, "TW");
        Organization supplier = PageFixtures.organization(HOSTILE + " " + PageFixtures.unique("Supplier"),
                OrganizationKind.COMPONENT_SUPPLIER, "TW");
        PageFixtures.site(vendor, HOSTILE, HOSTILE);
        PageFixtures.incident(vendor, HOSTILE, IncidentStatus.CONFIRMED);
        PageFixtures.link(vendor, supplier, HOSTILE, "0.5", dev.custody.network.Criticality.HIGH);

        List<String> unescaped = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<Endpoints.Endpoint> pages = Endpoints.discover().stream()
                .filter(e -> e.method().equals("GET") && !e.path().startsWith("/api/")).toList();
        for (Endpoints.Endpoint page : pages) {
            String path = page.path().replaceAll("\\{[^}]+}", String.valueOf(vendor.id));
            Response response = given().accept("text/html").queryParam("q", HOSTILE).get(path);
            String type = response.contentType() == null ? "" : response.contentType();
            if (!type.startsWith("text/html")) {
                continue;
            }
            String html = response.asString();
            if (html.contains(HOSTILE)) {
                unescaped.add(path + " (" + response.statusCode() + ")");
            }
            if (html.contains(ESCAPED)) {
                shown.add(path);
            }
        }
        assertThat(unescaped).as("pages showing the markup unescaped").isEmpty();
        assertThat(shown).as("pages showing the vendor's name or the search as text")
                .contains("/vendors", "/organizations", "/organizations/" + vendor.id)
                .hasSizeGreaterThan(8);
    }
}
