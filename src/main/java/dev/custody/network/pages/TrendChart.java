package dev.custody.network.pages;

import dev.custody.scoring.Band;
import dev.custody.scoring.ScoreHistoryView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The score trend as an inline SVG line chart, drawn by the profile template from these coordinates: own and
 * inherited score (0..100 upwards) over time, oldest left. Points sit by time; when all share one instant
 * they are spread evenly, and a single point sits in the middle.
 */
public record TrendChart(List<Point> points, String ownLine, String inheritedLine, List<Tick> ticks,
        Instant from, Instant to) {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 200;
    static final int LEFT = 34;
    static final int RIGHT = 12;
    static final int TOP = 10;
    static final int BOTTOM = 22;

    /** One history row and where it is drawn. */
    public record Point(ScoreHistoryView entry, double x, double yOwn, double yInherited) {
        /** The band, under a name templates can use ("band" is an operator in their expressions). */
        public Band riskBand() {
            return entry.band();
        }
    }

    /** A horizontal grid line at a score. */
    public record Tick(int score, double y) {
    }

    /** The chart of history rows given newest first (as ScoreService.history returns them). */
    public static TrendChart of(List<ScoreHistoryView> newestFirst) {
        List<ScoreHistoryView> rows = new ArrayList<>(newestFirst);
        Collections.reverse(rows);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ScoreHistoryView row = rows.get(i);
            points.add(new Point(row, x(rows, i), y(row.own()), y(row.inherited())));
        }
        List<Tick> ticks = List.of(0, 25, 50, 75, 100).stream().map(s -> new Tick(s, y(s))).toList();
        return new TrendChart(points, line(points, true), line(points, false), ticks,
                rows.isEmpty() ? null : rows.get(0).computedAt(), rows.isEmpty() ? null : rows.get(rows.size() - 1).computedAt());
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public boolean single() {
        return points.size() == 1;
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

    private static double x(List<ScoreHistoryView> rows, int i) {
        double width = WIDTH - LEFT - RIGHT;
        if (rows.size() == 1) {
            return LEFT + width / 2;
        }
        long start = rows.get(0).computedAt().toEpochMilli();
        long span = rows.get(rows.size() - 1).computedAt().toEpochMilli() - start;
        double share = span > 0 ? (rows.get(i).computedAt().toEpochMilli() - start) / (double) span
                : i / (double) (rows.size() - 1);
        return round(LEFT + width * share);
    }

    private static double y(double score) {
        double clamped = Math.max(0, Math.min(100, score));
        return round(TOP + (HEIGHT - TOP - BOTTOM) * (100 - clamped) / 100.0);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String line(List<Point> points, boolean own) {
        return points.stream().map(p -> String.format(Locale.ROOT, "%.1f,%.1f", p.x(), own ? p.yOwn() : p.yInherited()))
                .collect(Collectors.joining(" "));
    }
}
