package dev.custody.reports.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart as SVG coordinates, drawn by a report template without script: one row per bar, label
 * left, bar scaled to the largest value, the formatted value at the bar's end.
 */
public record BarChart(int width, int height, List<Bar> bars, boolean empty) {
    static final int WIDTH = 640;
    static final int ROW = 26;
    static final int LABEL = 180;
    static final int VALUE = 90;
    static final int PAD = 6;

    /** One input row: a label, its value, the text shown for the value and a fill colour. */
    public record Item(String label, double value, String valueText, String colour) {
    }

    /** One drawn bar: where its label, bar and value sit. */
    public record Bar(String label, String valueText, String colour, double y, double textY, double x, double length,
            double valueX) {
    }

    public static BarChart of(List<Item> items) {
        double max = items.stream().mapToDouble(Item::value).filter(v -> v > 0).max().orElse(0);
        double room = WIDTH - LABEL - VALUE;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            double length = max > 0 ? round(room * Math.max(0, item.value()) / max) : 0;
            double y = PAD + i * ROW;
            bars.add(new Bar(item.label(), item.valueText(), item.colour(), y, y + ROW / 2.0 + 1, LABEL, length,
                    round(LABEL + length + PAD)));
        }
        return new BarChart(WIDTH, 2 * PAD + items.size() * ROW, bars, max == 0);
    }

    /** Height of a bar (the row less a gap). */
    public int barHeight() {
        return ROW - 8;
    }

    /** Where labels end (they are right-aligned against the bars). */
    public int labelEnd() {
        return LABEL - PAD;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
