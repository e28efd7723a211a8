package dev.custody.gating;

import static dev.custody.gating.GatingApi.as;
import static dev.custody.gating.GatingApi.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.network.Organization;
import dev.custody.scoring.Band;
import dev.custody.scoring.ScoringModel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo tells a story under the default scoring model and gate policy: a purchase request for each demo vendor,
 * at its engagement's deployment criticality, ends in every kind of outcome. Outcomes and names, not scores.
 */
@QuarkusTest
class DemoStoryTest {
    private static final String NETWORK = "data-seeds/demo/demo-network.json";
    private static final String ENGAGEMENTS = "data-seeds/demo/demo-engagements.json";

    @Inject
    GatePolicyService policies;

    /** One vendor's decision: outcome, the rules that fired by id with their text, the safeguards it names. */
    record Decision(String vendor, GateOutcome outcome, Map<String, List<String>> rules, List<String> safeguards,
            Band band) {
        boolean fired(String rule) {
            return rules.containsKey(rule);
        }
    }

    @BeforeEach
    void defaults() {
        GatingApi.defaultModelAndPolicy(policies);
    }

    @Test
    void shouldShowEveryGateOutcomeAcrossTheDemoVendors() throws IOException {
        JsonNode network = read(NETWORK);
        Map<String, Decision> decisions = decideEveryEngagement(network, read(ENGAGEMENTS));
        assertThat(decisions.values().stream().map(Decision::vendor).collect(Collectors.toSet()))
                .containsAll(vendorNames(network));

        assertThat(decisions.values()).as("an approve in the low or medium band").anySatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(GateOutcome.APPROVE);
            assertThat(d.band()).isIn(Band.LOW, Band.MEDIUM);
        });
        assertThat(decisions.values()).as("an approve with conditions naming safeguards").anySatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(GateOutcome.APPROVE_WITH_CONDITIONS);
            assertThat(d.fired(FiredRule.SAFEGUARDS_REQUIRED)).isTrue();
            assertThat(d.safeguards()).isNotEmpty();
            assertThat(d.rules().get(FiredRule.SAFEGUARDS_REQUIRED).get(0)).contains(d.safeguards().get(0));
        });
        assertThat(decisions.values()).as("a reject on the score alone").anySatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(GateOutcome.REJECT);
            assertThat(d.fired(FiredRule.REJECT_THRESHOLD)).isTrue();
            assertThat(d.fired(FiredRule.RESTRICTED_PARTY)).isFalse();
            assertThat(d.band()).isIn(Band.HIGH, Band.CRITICAL);
        });
    }

    @Test
    void shouldRejectTheVendorWithARestrictedSubTierNamingThePathToIt() throws IOException {
        JsonNode network = read(NETWORK);
        Map<String, Decision> decisions = decideEveryEngagement(network, read(ENGAGEMENTS));
        Set<String> listed = listedNames();
        List<String> restricted = new ArrayList<>();
        network.get("organizations").forEach(o -> {
            if (listed.contains(o.path("parentCompany").asText(""))) {
                restricted.add(o.get("key").asText());
            }
        });
        assertThat(restricted).as("an organization of the demo owned by a listed party").hasSize(1);

        int paths = 0;
        for (JsonNode vendor : vendors(network)) {
            List<String> path = path(network, vendor.get("key").asText(), restricted.get(0));
            Decision decision = decisions.get(vendor.get("key").asText());
            if (path == null) {
                assertThat(decision.fired(FiredRule.RESTRICTED_PARTY)).as(decision.vendor()).isFalse();
                continue;
            }
            paths++;
            assertThat(path).as("the restricted party sits at tier 3 or deeper").hasSizeGreaterThanOrEqualTo(3);
            assertThat(decision.outcome()).isEqualTo(GateOutcome.REJECT);
            assertThat(decision.rules().get(FiredRule.RESTRICTED_PARTY)).anySatisfy(text -> assertThat(text)
                    .contains(String.join(" → ", path.stream().map(key -> name(network, key)).toList())));
        }
        assertThat(paths).as("vendors with the restricted party in their tier tree").isEqualTo(1);
    }

    private Map<String, Decision> decideEveryEngagement(JsonNode network, JsonNode engagements) {
        Map<String, Decision> decisions = new LinkedHashMap<>();
        ScoringModel model = ScoringModel.version2();
        for (JsonNode engagement : engagements.get("engagements")) {
            String key = engagement.get("organization").asText();
            String name = name(network, key);
            long vendor = QuarkusTransaction.requiringNew()
                    .call(() -> Organization.<Organization>find("name", name).singleResult().id);
            JsonPath answer = submit("buyer", Map.of("vendorId", vendor, "item", "Demo story check",
                    "quantity", engagement.get("unitsPerYear").asInt(), "unitPrice", engagement.get("unitPrice").decimalValue(),
                    "criticality", engagement.get("criticality").asText())).statusCode(201).extract().jsonPath();
            Map<String, List<String>> rules = new HashMap<>();
            List<Map<String, Object>> fired = answer.getList("decision.rules");
            fired.forEach(r -> rules.computeIfAbsent((String) r.get("rule"), k -> new ArrayList<>()).add((String) r.get("text")));
            List<String> safeguards = new ArrayList<>();
            List<Map<String, Object>> conditions = answer.getList("decision.conditions");
            conditions.stream().filter(c -> GateCondition.SAFEGUARD.equals(c.get("kind")))
                    .forEach(c -> safeguards.add((String) c.get("name")));
            double inherited = answer.getDouble("decision.inherited");
            decisions.put(key, new Decision(name, GateOutcome.valueOf(answer.getString("decision.outcome")), rules,
                    safeguards, model.band(inherited)));
        }
        return decisions;
    }

    private static Set<String> listedNames() {
        List<Map<String, Object>> parties = as("buyer").queryParam("size", 500).get("/api/restricted-parties")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return parties.stream().map(p -> (String) p.get("name")).collect(Collectors.toSet());
    }

    /** The organization keys from the vendor down to the target along supply links, or null when out of its tree. */
    private static List<String> path(JsonNode network, String vendor, String target) {
        Map<String, List<String>> suppliers = new HashMap<>();
        network.get("supplyLinks").forEach(l -> suppliers.computeIfAbsent(l.get("buyer").asText(), k -> new ArrayList<>())
                .add(l.get("supplier").asText()));
        Map<String, String> via = new HashMap<>(Map.of(vendor, vendor));
        Deque<String> queue = new ArrayDeque<>(List.of(vendor));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(target)) {
                List<String> path = new ArrayList<>();
                for (String step = at; !step.equals(vendor); step = via.get(step)) {
                    path.add(0, step);
                }
                path.add(0, vendor);
                return path;
            }
            for (String next : suppliers.getOrDefault(at, List.of())) {
                if (via.putIfAbsent(next, at) == null) {
                    queue.add(next);
                }
            }
        }
        return null;
    }

    private static List<JsonNode> vendors(JsonNode network) {
        List<JsonNode> vendors = new ArrayList<>();
        network.get("organizations").forEach(o -> {
            if ("VENDOR".equals(o.get("kind").asText())) {
                vendors.add(o);
            }
        });
        return vendors;
    }

    private static List<String> vendorNames(JsonNode network) {
        return vendors(network).stream().map(v -> v.get("name").asText()).toList();
    }

    private static String name(JsonNode network, String key) {
        for (JsonNode o : network.get("organizations")) {
            if (o.get("key").asText().equals(key)) {
                return o.get("name").asText();
            }
        }
        throw new IllegalArgumentException("no organization " + key);
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = DemoStoryTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
