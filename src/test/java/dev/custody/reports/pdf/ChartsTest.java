package dev.custody.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartsTest {
    @Test
    void shouldScaleBarsToTheLargestValue() {
        BarChart chart = BarChart.of(List.of(new BarChart.Item("a", 2, "2", "#000"), new BarChart.Item("b", 4, "4", "#111"),
                new BarChart.Item("c", 0, "0", "#222")));
        double room = BarChart.WIDTH - BarChart.LABEL - BarChart.VALUE;
        assertThat(chart.bars()).extracting(BarChart.Bar::length).containsExactly(room / 2, room, 0.0);
        assertThat(chart.bars().get(1).y()).isGreaterThan(chart.bars().get(0).y());
        assertThat(chart.empty()).isFalse();
    }

    @Test
    void shouldCallAChartOfZerosEmpty() {
        assertThat(BarChart.of(List.of(new BarChart.Item("a", 0, "0", "#000"))).empty()).isTrue();
        assertThat(LineChart.of(List.of(), String::valueOf).empty()).isTrue();
    }

    @Test
    void shouldDrawALineOldestLeftWithTheTopAtTheRoundedMaximum() {
        LineChart chart = LineChart.of(List.of(new LineChart.Item("jan", 50), new LineChart.Item("feb", 100)), v -> "" + v);
        assertThat(chart.points().get(0).x()).isEqualTo(LineChart.LEFT);
        assertThat(chart.points().get(1).x()).isEqualTo(LineChart.WIDTH - LineChart.RIGHT);
        assertThat(chart.points().get(1).y()).isEqualTo(LineChart.TOP);
        assertThat(chart.points().get(0).y()).isEqualTo((LineChart.TOP + chart.plotBottom()) / 2.0);
        assertThat(chart.ticks()).extracting(LineChart.Tick::label).containsExactly("0.0", "25.0", "50.0", "75.0", "100.0");
    }

    @ParameterizedTest
    @CsvSource({"0,1", "0.7,1", "1,1", "1.2,2", "3,5", "23,25", "61,100", "70.25,100", "1200,2000"})
    void shouldRoundTheTopUp(double max, double top) {
        assertThat(LineChart.niceTop(max)).isEqualTo(top);
    }
}
