package dev.custody.seeding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.economics.engagement.Engagement;
import dev.custody.economics.engagement.ScenarioEstimate;
import dev.custody.economics.engagement.ThreatScenario;
import dev.custody.network.Criticality;
import dev.custody.network.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads the demo engagements of data-seeds/demo/demo-engagements.json for the demo network's vendors, found by
 * the names demo-network.json gives their keys; a vendor that is missing or has an engagement already is skipped.
 */
@ApplicationScoped
public class DemoEngagementLoader {
    static final String RESOURCE = "data-seeds/demo/demo-engagements.json";

    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public int load() {
        Map<String, String> names = new HashMap<>();
        read(DemoNetworkLoader.RESOURCE).get("organizations")
                .forEach(o -> names.put(o.get("key").asText(), o.get("name").asText()));
        int added = 0;
        for (JsonNode node : read(RESOURCE).get("engagements")) {
            String key = node.get("organization").asText();
            if (!names.containsKey(key)) {
                throw new IllegalStateException(RESOURCE + ": " + key + " is not an organization of the demo network");
            }
            Organization vendor = Organization.<Organization>find("name", names.get(key)).firstResult();
            if (vendor == null || Engagement.ofOrganization(vendor.id).isPresent()) {
                continue;
            }
            engagement(vendor, node).persist();
            added++;
        }
        return added;
    }

    private Engagement engagement(Organization vendor, JsonNode node) {
        Engagement e = new Engagement();
        e.organization = vendor;
        e.unitsPerYear = node.get("unitsPerYear").asInt();
        e.unitPrice = node.get("unitPrice").decimalValue();
        e.annualSpend = e.unitPrice.multiply(BigDecimal.valueOf(e.unitsPerYear));
        e.currency = node.get("currency").asText();
        e.criticality = Criticality.valueOf(node.get("criticality").asText());
        e.notes = node.path("notes").asText(null);
        e.updatedAt = Instant.now(clock);
        for (JsonNode s : node.get("estimates")) {
            ScenarioEstimate estimate = new ScenarioEstimate();
            estimate.engagement = e;
            estimate.scenario = ThreatScenario.findById(s.get("scenario").asText());
            if (estimate.scenario == null) {
                throw new IllegalStateException(RESOURCE + ": unknown scenario " + s.get("scenario").asText());
            }
            estimate.lossLow = s.get("lossLow").decimalValue();
            estimate.lossHigh = s.get("lossHigh").decimalValue();
            estimate.probabilityOverride = s.hasNonNull("probabilityOverride") ? s.get("probabilityOverride").decimalValue() : null;
            estimate.overrideReason = s.path("overrideReason").asText(null);
            e.estimates.add(estimate);
        }
        return e;
    }

    private JsonNode read(String resource) {
        try (InputStream in = DemoEngagementLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing seed file " + resource);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
