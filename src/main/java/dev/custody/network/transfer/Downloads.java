package dev.custody.network.transfer;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The download responses shared by the API and the pages: the template workbook and the CSV exports. */
final class Downloads {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv;charset=UTF-8";

    private Downloads() {
    }

    static Response template(int rows) {
        return attachment(Response.ok(TemplateWorkbook.bytes(rows), XLSX), "custody-import-template.xlsx");
    }

    static Response organizations(CsvExporter exporter) {
        StreamingOutput body = exporter::organizations;
        return attachment(Response.ok(body, CSV), "organizations.csv");
    }

    static Response supplyLinks(CsvExporter exporter) {
        StreamingOutput body = exporter::supplyLinks;
        return attachment(Response.ok(body, CSV), "supply-links.csv");
    }

    private static Response attachment(Response.ResponseBuilder response, String fileName) {
        return response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
