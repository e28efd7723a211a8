package dev.custody.reports.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;

/**
 * A line over evenly spaced points (oldest left) as SVG coordinates for a report template: the value axis starts at
 * zero and ends at a round top, with five labelled grid lines; every point keeps its label for the x axis.
 */
public record LineChart(int width, int height, String line, List<Point> points, List<Tick> ticks, boolean empty) {
    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    static final int LEFT = 70;
    static final int RIGHT = 16;
    static final int TOP = 10;
    static final int BOTTOM = 24;

    /** One input value with the label of its place on the x axis. */
    public record Item(String label, double value) {
    }

    /** A drawn point. */
    public record Point(String label, double x, double y) {
    }

    /** A horizontal grid line with its value label. */
    public record Tick(double y, String label) {
    }

    public static LineChart of(List<Item> items, DoubleFunction<String> format) {
        double top = niceTop(items.stream().mapToDouble(Item::value).max().orElse(0));
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            points.add(new Point(items.get(i).label(), x(i, items.size()), y(items.get(i).value(), top)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            ticks.add(new Tick(y(top * i / 4, top), format.apply(top * i / 4)));
        }
        String line = points.stream().map(p -> String.format(Locale.ROOT, "%.1f,%.1f", p.x(), p.y()))
                .collect(Collectors.joining(" "));
        return new LineChart(WIDTH, HEIGHT, line, points, ticks, items.isEmpty());
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    private static double x(int i, int count) {
        double width = WIDTH - LEFT - RIGHT;
        return BarChart.round(count == 1 ? LEFT + width / 2 : LEFT + width * i / (count - 1));
    }

    private static double y(double value, double top) {
        double share = Math.max(0, Math.min(1, value / top));
        return BarChart.round(TOP + (HEIGHT - TOP - BOTTOM) * (1 - share));
    }

    /** The smallest of 1, 2, 2.5, 5 x 10^k at or above the largest value (1 when nothing is positive). */
    static double niceTop(double max) {
        if (!(max > 0) || Double.isInfinite(max)) {
            return 1;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * decade >= max * (1 - 1e-12)) {
                return step * decade;
            }
        }
        return 10 * decade;
    }
}
