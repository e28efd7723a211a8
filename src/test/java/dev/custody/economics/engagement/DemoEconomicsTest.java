package dev.custody.economics.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.economics.Estimate;
import dev.custody.scoring.ModelFixtures;
import dev.custody.scoring.ScoreService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo's money is believable to an executive under the default model: no vendor's expected annual loss or
 * safeguard plan costs more than what is bought from it, and an unremarkable vendor does not carry an ALE of millions.
 */
@QuarkusTest
class DemoEconomicsTest {
    static final List<String> VENDORS = List.of("Veldhaven Edge Systems B.V.", "Orrimund Compute GmbH",
            "Kestrelvane Storage Corp.", "Seorin Infratech Co., Ltd.", "Tessaly Networks Ltd.",
            "Tsukimori Dataworks K.K.", "Halvard Systems Inc.");

    @Inject
    EconomicsService economics;
    @Inject
    ScoreService scores;

    @BeforeEach
    void defaults() {
        ModelFixtures.restoreDefaults();
    }

    @Test
    void shouldKeepEveryDemoVendorsLossAndPlanWithinWhatIsBought() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-30s %9s %8s %14s %14s %14s %14s%n",
                "vendor", "inherited", "p_eff", "ALE", "annual spend", "plan cost", "plan reduces"));
        Map<String, VendorEconomics> all = new LinkedHashMap<>();
        for (String name : VENDORS) {
            long id = DemoVendors.id(name);
            VendorEconomics e = QuarkusTransaction.requiringNew().call(() -> economics.vendor(id, null));
            double inherited = QuarkusTransaction.requiringNew().call(() -> scores.current(id).inherited);
            all.put(name, e);
            table.append(String.format(Locale.ROOT, "%-30s %9.1f %7.3f%% %14.0f %14.0f %14.0f %14.0f%n", name, inherited,
                    e.pEff() * 100, e.ale(), e.annualSpend().doubleValue(), e.plan().annualCost(),
                    e.plan().outcomes().at(Estimate.EXPECTED).reduction()));
        }
        // the table of every demo vendor comes with any failure, so that whoever changes the demo sees all of it
        all.forEach((name, e) -> {
            double spend = e.annualSpend().doubleValue();
            double reduction = e.plan().outcomes().at(Estimate.EXPECTED).reduction();
            assertThat(e.ale()).as("ALE of %s against its annual spend%n%s", name, table).isLessThan(0.25 * spend);
            assertThat(e.plan().annualCost()).as("plan of %s%n%s", name, table).isLessThan(0.1 * spend)
                    .isLessThanOrEqualTo(reduction + 1e-6);
            double derived = e.scenarios().stream().filter(s -> !s.overridden()).mapToDouble(s -> s.ale()).sum();
            // the part of the ALE that follows the score stays within a few percent of what is bought
            assertThat(derived).as("score-derived ALE of %s%n%s", name, table).isLessThan(0.05 * spend);
        });
    }
}
