package dev.custody.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stored parameters read back; versions stored before the economics parameters existed read with their defaults. */
class ScoringModelJsonTest {
    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldReadAVersionStoredWithoutTheEconomicsParametersWithTheirDefaults() throws Exception {
        ObjectNode stored = mapper.valueToTree(ScoringModel.defaults());
        stored.put("halfLifeMonths", 12.0);
        stored.remove(java.util.List.of("scenarioShares", "amortisationYears", "viabilityThreshold"));

        ScoringModel read = mapper.treeToValue(stored, ScoringModel.class);

        assertThat(read.halfLifeMonths()).isEqualTo(12.0);
        assertThat(read.scenarioShares()).containsExactly(Map.entry("hardware-implant", 0.40),
                Map.entry("transit-tampering", 0.25), Map.entry("counterfeit-component", 0.20),
                Map.entry("malicious-firmware", 0.15));
        assertThat(read.amortisationYears()).isEqualTo(3);
        assertThat(read.viabilityThreshold()).isEqualTo(0.05);
        assertThat(ModelValidator.check(read, java.util.Set.of())).isEmpty();
    }

    @Test
    void shouldKeepStoredEconomicsParameters() throws Exception {
        ObjectNode stored = mapper.valueToTree(ScoringModel.defaults());
        stored.putObject("scenarioShares").put("hardware-implant", 0.7).put("transit-tampering", 0.1)
                .put("counterfeit-component", 0.1).put("malicious-firmware", 0.1);
        stored.put("amortisationYears", 5).put("viabilityThreshold", 0.1);

        ScoringModel read = mapper.readValue(mapper.writeValueAsString(stored), ScoringModel.class);

        assertThat(read.scenarioShares()).containsEntry("hardware-implant", 0.7).hasSize(4);
        assertThat(read.amortisationYears()).isEqualTo(5);
        assertThat(read.viabilityThreshold()).isEqualTo(0.1);
        assertThat(read).isNotEqualTo(ScoringModel.defaults());
    }
}
