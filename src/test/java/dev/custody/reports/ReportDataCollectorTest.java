package dev.custody.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.scoring.CurrentScore;
import dev.custody.scoring.Facts;
import dev.custody.scoring.Propagation;
import dev.custody.scoring.ScoreService;
import dev.custody.scoring.ScoringEngine;
import dev.custody.scoring.ScoringModel;
import dev.custody.scoring.ScoringModelService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportDataCollectorTest {
    @Inject
    ReportDataCollector collector;
    @Inject
    DossierCollector dossiers;
    @Inject
    ObjectMapper mapper;
    @Inject
    ScoringEngine engine;
    @Inject
    ScoringModelService models;
    @Inject
    ScoreService scores;

    /**
     * Other tests write organizations around the services; the scoring engine (and so the report) picks them up at
     * the next full rescore, as the daily rescore would.
     */
    @BeforeEach
    void startFromAFullRescore() {
        scores.rescoreAll();
    }

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

    /**
     * Custody legs carry the score the engine counts for them in the vendor's inherited score: the leg formula on the
     * leg's country and controls and the handler's stored scores, the same in the executive data and the dossier.
     */
    @Test
    void shouldScoreCustodyLegsAsTheEngineCountsThem() {
        ExecutiveReportData data = collector.executive("tester", Instant.parse("2026-01-01T00:00:00Z"), null);
        assertFalse(data.legs().isEmpty(), "the demo network has custody legs");
        ScoringModel model = models.active().model();
        for (ExecutiveReportData.LegLine line : data.legs()) {
            Facts.Leg leg = engine.read(g -> g.legsOf(line.vendorId())).stream().filter(l -> l.id() == line.id())
                    .findFirst().orElseThrow();
            CurrentScore handler = CurrentScore.findById(line.handlerId());
            assertEquals(Propagation.legScore(leg, handler.inherited, handler.ownScore, model), line.score(), 1e-9,
                    "leg " + line.id());
        }
        long vendor = data.legs().get(0).vendorId();
        VendorDossierData dossier = dossiers.vendor(vendor, "tester", Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(data.legs().stream().filter(l -> l.vendorId() == vendor).toList(), dossier.legs());
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
