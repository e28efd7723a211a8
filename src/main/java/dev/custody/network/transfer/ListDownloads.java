package dev.custody.network.transfer;

import dev.custody.network.OrganizationKind;
import dev.custody.network.pages.ListParams;
import dev.custody.web.InvalidInputException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** The export responses of the vendor and network lists, shared by the pages and the API. */
final class ListDownloads {
    private ListDownloads() {
    }

    static Response vendors(ListExport export, ListParams params, String format) {
        return file(export, params, OrganizationKind.VENDOR, format, "vendors", "Vendors");
    }

    static Response network(ListExport export, ListParams params, String format) {
        return file(export, params, null, format, "network", "Network");
    }

    private static Response file(ListExport export, ListParams params, OrganizationKind kind, String format,
            String fileStem, String sheet) {
        String chosen = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        if (!chosen.equals("csv") && !chosen.equals("xlsx")) {
            throw new InvalidInputException("format", "must be csv or xlsx");
        }
        List<ListExport.Line> lines = export.lines(params, kind);
        String name = fileStem + "-" + LocalDate.now(ZoneOffset.UTC) + "." + chosen;
        Response.ResponseBuilder ok = chosen.equals("csv") ? Response.ok(export.csv(lines), Downloads.CSV)
                : Response.ok(export.xlsx(lines, sheet), Downloads.XLSX);
        return ok.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
