package dev.custody.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportDataCollectorTest {
    @Inject
    ReportDataCollector collector;
    @Inject
    DossierCollector dossiers;
    @Inject
    ObjectMapper mapper;

    @Test
    void shouldCollectTheDemoPortfolioAndSurviveAJsonRoundTrip() throws Exception {
        ExecutiveReportData data = collector.executive("tester", Instant.parse("2026-01-01T00:00:00Z"), null);
        long vendors = Organization.count("kind", OrganizationKind.VENDOR);
        assertEquals(vendors, data.vendors().size());
        assertEquals(vendors, data.summary().byBand().stream().mapToInt(ExecutiveReportData.BandCount::count).sum());
        assertTrue(data.summary().totalAle() > 0);
        assertTrue(data.summary().p99() >= data.summary().p95());
        assertFalse(data.lossExceedance().isEmpty());
        String json = mapper.writeValueAsString(data);
        assertEquals(data, mapper.readValue(json, ExecutiveReportData.class));
    }

    @Test
    void shouldCollectAVendorDossier() throws Exception {
        Organization vendor = Organization.find("kind", OrganizationKind.VENDOR).firstResult();
        VendorDossierData data = dossiers.vendor(vendor.id, "tester", Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(vendor.name, data.profile().name());
        String json = mapper.writeValueAsString(data);
        assertEquals(data, mapper.readValue(json, VendorDossierData.class));
    }
}
