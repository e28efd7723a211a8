package dev.custody.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's SVG charts, drawn on the server: vendors by band, and the loss-exceedance curve with the loss on a
 * log axis (a decade per tick, labelled in compact money with the currency) and the probability of exceeding it on a
 * linear axis (0 to 100 %). Losses of zero have no place on a log axis and are left out of the curve.
 */
public record DashboardCharts(List<Bar> bars, String curve, double maxLoss, List<Tick> lossTicks,
        List<Tick> probabilityTicks) {
    public static final int WIDTH = 480;
    public static final int HEIGHT = 180;

    /** One band's bar: its label, count, and geometry in the SVG's coordinates. */
    public record Bar(String label, int count, double x, double y, double width, double height) {
    }

    /** A tick of an axis: its position along the axis in the SVG's coordinates, and its label. */
    public record Tick(double at, String label) {
    }

    static DashboardCharts of(ExecutiveReportData d) {
        int max = d.summary().byBand().stream().mapToInt(ExecutiveReportData.BandCount::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        double slot = (double) WIDTH / d.summary().byBand().size();
        for (int i = 0; i < d.summary().byBand().size(); i++) {
            ExecutiveReportData.BandCount b = d.summary().byBand().get(i);
            double h = max == 0 ? 0 : (HEIGHT - 20.0) * b.count() / max;
            bars.add(new Bar(b.band().name(), b.count(), i * slot + 10, HEIGHT - h, slot - 20, h));
        }
        double maxLoss = d.lossExceedance().stream().mapToDouble(ExecutiveReportData.CurvePoint::loss).max()
                .orElse(0.0);
        double minLoss = d.lossExceedance().stream().mapToDouble(ExecutiveReportData.CurvePoint::loss)
                .filter(l -> l > 0).min().orElse(0.0);
        StringBuilder points = new StringBuilder();
        List<Tick> lossTicks = new ArrayList<>();
        if (maxLoss > 0) {
            int lo = (int) Math.floor(Math.log10(minLoss));
            int hi = Math.max(lo + 1, (int) Math.ceil(Math.log10(maxLoss)));
            for (ExecutiveReportData.CurvePoint p : d.lossExceedance()) {
                if (p.loss() > 0) {
                    double x = WIDTH * (Math.log10(p.loss()) - lo) / (hi - lo);
                    double y = HEIGHT - HEIGHT * p.probability();
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                }
            }
            CompactMoney money = new CompactMoney(d.currency());
            int step = (hi - lo + 7) / 8;
            for (int e = lo; e <= hi; e += step) {
                lossTicks.add(new Tick(WIDTH * (double) (e - lo) / (hi - lo), money.of(Math.pow(10, e))));
            }
        }
        List<Tick> probabilityTicks = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 25) {
            probabilityTicks.add(new Tick(HEIGHT - HEIGHT * percent / 100.0, percent + " %"));
        }
        return new DashboardCharts(bars, points.toString().trim(), maxLoss, lossTicks, probabilityTicks);
    }
}
