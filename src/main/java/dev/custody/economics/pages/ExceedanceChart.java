package dev.custody.economics.pages;

import dev.custody.economics.ExceedancePoint;
import dev.custody.economics.LossDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The loss-exceedance curves before and after a plan as SVG coordinates, drawn by the template without any script:
 * loss on a logarithmic x axis, the probability that a year's loss is above it on a linear y axis.
 */
public record ExceedanceChart(int width, int height, String before, String after, List<Tick> xTicks, List<Tick> yTicks,
        boolean empty) {
    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 12;
    static final int BOTTOM = 36;

    /** An axis mark at a position, with its label. */
    public record Tick(double at, String label) {
    }

    public static ExceedanceChart of(LossDistribution before, LossDistribution after, EconomicsFormats m) {
        List<ExceedancePoint> b = positive(before.curve());
        List<ExceedancePoint> a = positive(after.curve());
        if (b.size() < 2) {
            return new ExceedanceChart(WIDTH, HEIGHT, "", "", List.of(), List.of(), true);
        }
        double minLog = Math.log10(b.get(0).loss());
        double maxLog = Math.log10(b.get(b.size() - 1).loss());
        double span = Math.max(maxLog - minLog, 1e-9);
        double top = niceTop(b.stream().mapToDouble(ExceedancePoint::probability).max().orElse(1));
        Scale scale = new Scale(minLog, span, top);
        List<Tick> xTicks = new ArrayList<>();
        for (int decade = (int) Math.ceil(minLog); decade <= Math.floor(maxLog); decade++) {
            xTicks.add(new Tick(scale.x(decade), m.money(Math.pow(10, decade))));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            yTicks.add(new Tick(scale.y(top * i / 4), m.percent(top * i / 4)));
        }
        return new ExceedanceChart(WIDTH, HEIGHT, scale.points(b), scale.points(a), xTicks, yTicks, false);
    }

    private record Scale(double minLog, double span, double top) {
        double x(double log) {
            return LEFT + (log - minLog) / span * (WIDTH - LEFT - RIGHT);
        }

        double y(double probability) {
            return TOP + (1 - probability / top) * (HEIGHT - TOP - BOTTOM);
        }

        String points(List<ExceedancePoint> curve) {
            StringBuilder points = new StringBuilder();
            for (ExceedancePoint p : curve) {
                double log = Math.log10(p.loss());
                if (log < minLog - 1e-9 || log > minLog + span + 1e-9) {
                    continue;
                }
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(log), y(p.probability())));
            }
            return points.toString().trim();
        }
    }

    /** The curves start at loss 0, which a logarithmic axis cannot show. */
    private static List<ExceedancePoint> positive(List<ExceedancePoint> curve) {
        return curve.stream().filter(p -> p.loss() > 0).toList();
    }

    /** The smallest of 1, 2, 5 x 10^k at or above the highest probability, so the y axis has round labels. */
    static double niceTop(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * decade >= max - 1e-12) {
                return Math.min(1, step * decade);
            }
        }
        return 1;
    }
}
