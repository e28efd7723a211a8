package dev.custody.seeding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.economics.engagement.Engagement;
import dev.custody.economics.engagement.Safeguard;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The safeguard catalogue and the demo engagements are seeded once, and loading them again adds nothing. */
@QuarkusTest
class EconomicsSeedTest {
    @Inject
    SafeguardCatalogueLoader catalogue;
    @Inject
    DemoEngagementLoader engagements;

    @Test
    void shouldSeedTheCatalogueWithValidRangesAndControls() {
        List<Safeguard> seeded = QuarkusTransaction.requiringNew().call(() -> {
            List<Safeguard> all = Safeguard.listAll();
            all.forEach(s -> s.scenarios.size());
            return all;
        });
        assertThat(seeded.stream().map(s -> s.name)).contains("Incoming X-ray inspection of boards",
                "Firmware re-flash from a trusted image on arrival", "Measured boot and remote attestation",
                "Tamper-evident packaging with tracked transport", "Escorted transport", "On-site supplier audit",
                "Background screening at the assembler", "Second source for critical assemblies",
                "Component provenance from authorised distributors only");
        assertThat(seeded).hasSizeGreaterThanOrEqualTo(10).allSatisfy(s -> {
            assertThat(s.effectivenessLow).isLessThanOrEqualTo(s.effectivenessExpected);
            assertThat(s.effectivenessExpected).isLessThanOrEqualTo(s.effectivenessHigh);
            assertThat(s.controlId).matches("[A-Z]{2}-\\d+(\\(\\d+\\))?");
            assertThat(s.scenarios).isNotEmpty();
        });
        assertThat(QuarkusTransaction.requiringNew().call(catalogue::load)).isZero();
    }

    @Test
    void shouldGiveEveryDemoVendorOneEngagementOnce() {
        List<String> vendors = QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>list(
                "kind = ?1 and id in (select e.organization.id from Engagement e)", OrganizationKind.VENDOR)
                .stream().map(o -> o.name).toList());
        assertThat(vendors).contains("Halvard Systems Inc.", "Orrimund Compute GmbH", "Kestrelvane Storage Corp.",
                "Tessaly Networks Ltd.", "Tsukimori Dataworks K.K.", "Veldhaven Edge Systems B.V.",
                "Seorin Infratech Co., Ltd.");
        long before = QuarkusTransaction.requiringNew().call(() -> Engagement.count());
        assertThat(QuarkusTransaction.requiringNew().call(engagements::load)).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Engagement.count())).isEqualTo(before);
    }
}
