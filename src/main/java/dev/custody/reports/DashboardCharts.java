package dev.custody.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The dashboard's SVG charts, drawn on the server: vendors by band, and the loss-exceedance curve. */
public record DashboardCharts(List<Bar> bars, String curve, double maxLoss) {
    public static final int WIDTH = 480;
    public static final int HEIGHT = 180;

    /** One band's bar: its label, count, and geometry in the SVG's coordinates. */
    public record Bar(String label, int count, double x, double y, double width, double height) {
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
        StringBuilder points = new StringBuilder();
        for (ExecutiveReportData.CurvePoint p : d.lossExceedance()) {
            double x = maxLoss == 0 ? 0 : WIDTH * p.loss() / maxLoss;
            double y = HEIGHT - HEIGHT * p.probability();
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return new DashboardCharts(bars, points.toString().trim(), maxLoss);
    }
}
