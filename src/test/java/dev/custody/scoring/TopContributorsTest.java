package dev.custody.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.network.InsiderFactor;
import dev.custody.scoring.Contribution.Kind;
import dev.custody.scoring.Contribution.Ref;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopContributorsTest {
    private static final String FIRMWARE = InsiderFactor.FIRMWARE_INTEGRITY.label();

    @Test
    void shouldWeighEachPartAsTheOwnScoreWeighsItsDimensionAndPutTheLargestFirst() {
        // G 40 counts 0.35 * 40 = 14, I 50 counts 0.40 * 50 = 20, H 20 counts 0.25 * 20 = 5
        ScoreStore.StoredContributions c = new ScoreStore.StoredContributions(
                List.of(dimension("INSIDER", 20), dimension("GEOGRAPHY", 14), dimension("INCIDENT", 5)),
                List.of(new Contribution(Kind.SITE, "site Line 2 in Taoyuan, Taiwan", 40, "", new Ref(3L, null, "TW"))),
                List.of(new Contribution(Kind.FACTOR, FIRMWARE + ": unknown", 9.0, "", new Ref(null, null, "FIRMWARE_INTEGRITY")),
                        new Contribution(Kind.FACTOR, "Personnel screening: rated 0 of 4", 0.0, "", null)),
                List.of(new Contribution(Kind.INCIDENT, "Implant report, 2018-03-01 (disputed)", 20, "",
                        new Ref(5L, null, "DISPUTED"))),
                List.of(dimension("OWN", 39), new Contribution(Kind.SUPPLIER, "board from Tainan Board Works", 18.2, "",
                        new Ref(7L, 70L, null))));
        ScoreView view = new ScoreView(1, "Vendor", 40, 50, 20, 39, Band.MEDIUM, 57.2, Band.HIGH, 0.01, 0.02, 1,
                Instant.EPOCH, c, List.of(), new ScoreRange(39, 39, 39), new ScoreRange(57.2, 57.2, 57.2),
                new ScoreRange(50, 50, 50), 0.02, 0.02, 1.0, "");

        List<TopContributors.Contributor> top = TopContributors.of(view, 3);

        assertThat(top).extracting(TopContributors.Contributor::text).containsExactly(
                "Board from Tainan Board Works", "Site Line 2 in Taoyuan, Taiwan", "Incident Implant report, 2018-03-01 (disputed)");
        assertThat(top.get(0).organizationId()).isEqualTo(70L);
        assertThat(top.get(1).points()).isCloseTo(14.0, within(1e-9));
        assertThat(top.get(2).points()).isCloseTo(5.0, within(1e-9));
        assertThat(top.get(2).disputed()).isTrue();
        assertThat(TopContributors.of(view, 10)).as("nothing that adds 0").hasSize(4)
                .last().satisfies(f -> {
                    assertThat(f.text()).isEqualTo("Factor '" + FIRMWARE + "': unknown");
                    assertThat(f.points()).isCloseTo(9.0 * 0.4, within(1e-9));
                    assertThat(f.disputed()).isFalse();
                });
    }

    private static Contribution dimension(String code, double points) {
        return new Contribution(Kind.DIMENSION, code.toLowerCase(), points, "", new Ref(null, null, code));
    }
}
