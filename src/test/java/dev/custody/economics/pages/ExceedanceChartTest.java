package dev.custody.economics.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.economics.ExceedancePoint;
import dev.custody.economics.LossDistribution;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExceedanceChartTest {
    static LossDistribution curve(double... lossAndProbability) {
        List<ExceedancePoint> points = new ArrayList<>();
        for (int i = 0; i < lossAndProbability.length; i += 2) {
            points.add(new ExceedancePoint(lossAndProbability[i], lossAndProbability[i + 1]));
        }
        return new LossDistribution(1000, 0, 0, 0, 0, points);
    }

    @Test
    void shouldPlaceTheCurveOnALogScaleFromTheFirstToTheLastPositiveLoss() {
        ExceedanceChart chart = ExceedanceChart.of(curve(0, 0.2, 1000, 0.2, 100000, 0.1, 10000000, 0),
                curve(0, 0.1, 1000, 0.1, 100000, 0.05, 10000000, 0), new EconomicsFormats());
        assertThat(chart.empty()).isFalse();
        // 1,000 at the left edge (56), 100,000 half way, 10,000,000 at the right edge (640 - 16); y top is 20 %.
        assertThat(chart.before()).isEqualTo("56.0,12.0 340.0,118.0 624.0,224.0");
        assertThat(chart.after()).startsWith("56.0,118.0 ");
        assertThat(chart.xTicks()).extracting(ExceedanceChart.Tick::label)
                .containsExactly("1,000", "10,000", "100,000", "1,000,000", "10,000,000");
        assertThat(chart.yTicks()).extracting(ExceedanceChart.Tick::label).contains("0.0 %", "20.0 %");
    }

    @Test
    void shouldBeEmptyWhenNoYearHadALoss() {
        assertThat(ExceedanceChart.of(curve(0, 0), curve(0, 0), new EconomicsFormats()).empty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"0.17, 0.2", "0.2, 0.2", "0.03, 0.05", "0.6, 1", "0.0012, 0.002", "0, 1"})
    void shouldRoundTheTopOfTheProbabilityAxisUp(double max, double top) {
        assertThat(ExceedanceChart.niceTop(max)).isCloseTo(top, within(1e-12));
    }
}
