package dev.custody.network.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.scoring.Band;
import dev.custody.scoring.ScoreHistoryView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartTest {
    private static ScoreHistoryView at(String instant, double own, double inherited) {
        return new ScoreHistoryView(Instant.parse(instant), 1, 0, 0, 0, own, inherited, Band.LOW);
    }

    @Test
    void shouldPutASinglePointInTheMiddle() {
        TrendChart chart = TrendChart.of(List.of(at("2026-01-01T00:00:00Z", 0, 100)));
        assertThat(chart.single()).isTrue();
        assertThat(chart.points().get(0).x()).isEqualTo((chart.plotLeft() + chart.plotRight()) / 2.0);
        assertThat(chart.points().get(0).yOwn()).isEqualTo(chart.plotBottom());
        assertThat(chart.points().get(0).yInherited()).isEqualTo(TrendChart.TOP);
    }

    @Test
    void shouldDrawOldestLeftAndPlacePointsByTime() {
        // newest first, as the history comes: the middle point is a quarter of the way in time
        TrendChart chart = TrendChart.of(List.of(at("2026-01-05T00:00:00Z", 50, 60), at("2026-01-02T00:00:00Z", 40, 50),
                at("2026-01-01T00:00:00Z", 30, 40)));
        assertThat(chart.points()).extracting(p -> p.entry().own()).containsExactly(30.0, 40.0, 50.0);
        double width = chart.plotRight() - chart.plotLeft();
        assertThat(chart.points().get(1).x()).isEqualTo(Math.round((chart.plotLeft() + width / 4) * 10) / 10.0);
        assertThat(chart.ownLine().split(" ")).hasSize(3);
        assertThat(chart.from()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void shouldSpreadPointsComputedAtTheSameInstantEvenly() {
        TrendChart chart = TrendChart.of(List.of(at("2026-01-01T00:00:00Z", 1, 1), at("2026-01-01T00:00:00Z", 2, 2),
                at("2026-01-01T00:00:00Z", 3, 3)));
        assertThat(chart.points()).extracting(TrendChart.Point::x)
                .containsExactly((double) chart.plotLeft(), (chart.plotLeft() + chart.plotRight()) / 2.0, (double) chart.plotRight());
    }
}
