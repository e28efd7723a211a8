package dev.custody.hbom;

import dev.custody.web.InvalidInputException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** The CycloneDX download shared by the API and the profile page. */
final class HbomDownloads {
    static final String JSON = "application/vnd.cyclonedx+json";
    static final String XML = "application/vnd.cyclonedx+xml";

    private HbomDownloads() {
    }

    /** format json (or none) or xml; anything else is a 400 naming format. */
    static Response of(HbomExporter exporter, long organizationId, String format) {
        String chosen = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        String body;
        String type;
        if (chosen.equals("json")) {
            body = exporter.json(organizationId);
            type = JSON + "; version=1.6";
        } else if (chosen.equals("xml")) {
            body = exporter.xml(organizationId);
            type = XML + "; version=1.6";
        } else {
            throw new InvalidInputException("format", "must be json or xml");
        }
        return Response.ok(body, type + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"organization-" + organizationId
                        + ".cdx." + chosen + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
