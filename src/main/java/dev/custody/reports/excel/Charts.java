package dev.custody.reports.excel;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Native workbook charts over cell ranges. Every series gets an explicit solid fill (and line), or LibreOffice
 * draws it invisible.
 */
final class Charts {
    private Charts() {
    }

    /** A column chart of one series: categories and values in two columns of the same rows. */
    static void bars(SXSSFSheet sheet, String title, String[] names, Double[] counts, int firstRow, int categoryColumn,
            int valueColumn, int[] anchor, PresetColor color) {
        int lastRow = firstRow + names.length - 1;
        XSSFChart chart = chart(sheet, title, anchor);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(names,
                range(sheet, firstRow, lastRow, categoryColumn));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(counts,
                range(sheet, firstRow, lastRow, valueColumn));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(categories, values);
        series.setTitle(title, null);
        series.setShapeProperties(solid(color));
        chart.plot(data);
    }

    /** A line (scatter) chart of one series of numeric x and y columns. */
    static void line(SXSSFSheet sheet, String title, Double[] xValues, Double[] yValues, int firstRow, int xColumn,
            int yColumn, int[] anchor, PresetColor color) {
        int lastRow = firstRow + xValues.length - 1;
        XSSFChart chart = chart(sheet, title, anchor);
        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFNumericalDataSource<Double> xs = XDDFDataSourcesFactory.fromArray(xValues,
                range(sheet, firstRow, lastRow, xColumn));
        XDDFNumericalDataSource<Double> ys = XDDFDataSourcesFactory.fromArray(yValues,
                range(sheet, firstRow, lastRow, yColumn));
        XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, x, y);
        data.setVaryColors(false);
        XDDFScatterChartData.Series series = (XDDFScatterChartData.Series) data.addSeries(xs, ys);
        series.setTitle(title, null);
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        series.setShapeProperties(solid(color));
        chart.plot(data);
    }

    private static XSSFChart chart(SXSSFSheet sheet, String title, int[] anchor) {
        // SXSSF streams rows only; the drawing lives on the sheet's XSSF part, which is written whole.
        XSSFDrawing drawing = sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName())
                .createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, anchor[0], anchor[1], anchor[2],
                anchor[3]));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static String range(SXSSFSheet sheet, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet.getSheetName(), true);
    }

    private static XDDFShapeProperties solid(PresetColor color) {
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(color));
        XDDFShapeProperties properties = new XDDFShapeProperties();
        properties.setFillProperties(fill);
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(fill);
        properties.setLineProperties(line);
        return properties;
    }
}
