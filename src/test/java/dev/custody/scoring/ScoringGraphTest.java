package dev.custody.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The scoring engine's graph: an incremental rescore after any edit gives exactly what a full rescore of the same
 * facts gives, under both model versions; explanations add up; version 1 reproduces the scores it gave before
 * version 2 existed.
 */
class ScoringGraphTest {
    private final Random random = new Random(42);

    @ParameterizedTest(name = "model version {0}")
    @ValueSource(ints = {1, 2})
    void shouldGiveAfterEveryEditWhatAFullRescoreOfTheSameFactsGives(int version) {
        ScoringModel model = version == 1 ? ScoringModel.defaults() : ScoringModel.version2();
        for (int n = 0; n < 60; n++) {
            NetworkFacts facts = RandomNetworks.network(random, 10 + random.nextInt(40));
            Map<Long, Facts.Organization> organizations = new LinkedHashMap<>(facts.organizations());
            Map<Long, List<Facts.SupplierLink>> links = new HashMap<>(facts.links());
            Map<Long, List<Facts.Leg>> legs = new HashMap<>(facts.legs());
            ScoringGraph graph = ScoringGraph.of(facts, model, ScoringSamples.TODAY);
            for (int edit = 0; edit < 25; edit++) {
                List<Long> ids = new ArrayList<>(organizations.keySet());
                long id = ids.get(random.nextInt(ids.size()));
                switch (random.nextInt(5)) {
                    case 0 -> {
                        Facts.Organization changed = RandomNetworks.organization(random, id);
                        organizations.put(id, changed);
                        graph.put(changed);
                    }
                    case 1 -> {
                        List<Facts.SupplierLink> mine = new ArrayList<>(links.getOrDefault(id, List.of()));
                        if (!mine.isEmpty() && random.nextBoolean()) {
                            mine.remove(random.nextInt(mine.size()));
                        } else if (id < ids.stream().mapToLong(Long::longValue).max().orElse(0)) {
                            long supplier = ids.stream().filter(s -> s > id).skip(random.nextInt(
                                    (int) ids.stream().filter(s -> s > id).count())).findFirst().orElseThrow();
                            mine.add(RandomNetworks.link(random, supplier, 10_000 + edit));
                        }
                        links.put(id, mine);
                        graph.setLinks(id, mine);
                    }
                    case 2 -> {
                        List<Facts.Leg> mine = new ArrayList<>(legs.getOrDefault(id, List.of()));
                        mine.add(RandomNetworks.leg(random, 20_000 + edit, mine.size() + 1, ids.get(random.nextInt(ids.size()))));
                        legs.put(id, mine);
                        graph.setLegs(id, mine);
                    }
                    case 3 -> {
                        if (ids.size() > 5) {
                            remove(id, organizations, links, legs);
                            graph.remove(id);
                        }
                    }
                    default -> {
                        Facts.Organization worse = RandomNetworks.worsened(random, organizations.get(id));
                        organizations.put(id, worse);
                        graph.put(worse);
                    }
                }
                graph.rescore();
                ScoringGraph full = ScoringGraph.of(new NetworkFacts(organizations, links, legs), model,
                        ScoringSamples.TODAY);
                for (long each : organizations.keySet()) {
                    assertThat(graph.score(each)).as("organization %d after edit %d", each, edit)
                            .isEqualTo(full.score(each));
                }
                assertThat(Set.of(box(graph.ids()))).isEqualTo(organizations.keySet());
            }
        }
    }

    @ParameterizedTest(name = "model version {0}")
    @ValueSource(ints = {1, 2})
    void shouldExplainEveryInheritedScoreWithPointsThatAddUp(int version) {
        ScoringModel model = version == 1 ? ScoringModel.defaults() : ScoringModel.version2();
        for (int n = 0; n < 100; n++) {
            ScoringGraph graph = ScoringGraph.of(RandomNetworks.network(random, 5 + random.nextInt(30)), model,
                    ScoringSamples.TODAY);
            for (long id : graph.ids()) {
                ScoredOrganization explained = graph.explain(id);
                NodeScore numbers = graph.score(id);
                assertThat(explained.inherited().score()).isEqualTo(numbers.inherited());
                assertThat(explained.own().score()).isEqualTo(numbers.own());
                double sum = explained.inherited().contributions().stream().mapToDouble(Contribution::points).sum();
                assertThat(sum).isCloseTo(numbers.inherited(), within(1e-9));
                assertThat(explained.inherited().contributions()).allSatisfy(c ->
                        assertThat(c.points()).isGreaterThanOrEqualTo(-1e-9));
            }
        }
    }

    @Test
    void shouldReproduceWithVersionOneTheScoresItGaveBeforeVersionTwo() throws IOException {
        // v1-demo-golden.json: the demo network's facts as the scoring engine of 2026-11-26 (before version 2) loaded
        // them, and the own and inherited scores and p_eff it computed with version 1 on 7 December 2026.
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        JsonNode golden;
        try (InputStream in = getClass().getResourceAsStream("/scoring/v1-demo-golden.json")) {
            golden = mapper.readTree(in);
        }
        NetworkFacts facts = mapper.treeToValue(golden.get("facts"), NetworkFacts.class);
        ScoringGraph graph = ScoringGraph.of(facts, ScoringModel.defaults(), LocalDate.parse(golden.get("today").asText()));
        int compared = 0;
        var fields = golden.get("scores").fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            NodeScore s = graph.score(Long.parseLong(entry.getKey()));
            // scores are now rounded once, to the one decimal shown, before they are passed up the tiers
            // (each dimension to one decimal, then the own score: at most 0.1 from the unrounded one)
            assertThat(s.own()).as("own score of %s", entry.getKey()).isCloseTo(entry.getValue().get(0).asDouble(),
                    within(0.1 + 1e-9));
            assertThat(s.inherited()).as("inherited score of %s", entry.getKey())
                    .isCloseTo(entry.getValue().get(1).asDouble(), within(0.15));
            compared++;
        }
        assertThat(compared).isEqualTo(facts.organizations().size()).isGreaterThan(50);
    }

    private static void remove(long id, Map<Long, Facts.Organization> organizations,
            Map<Long, List<Facts.SupplierLink>> links, Map<Long, List<Facts.Leg>> legs) {
        organizations.remove(id);
        links.remove(id);
        legs.remove(id);
        links.replaceAll((buyer, mine) -> mine.stream().filter(l -> l.supplierId() != id).toList());
        legs.replaceAll((vendor, mine) -> mine.stream().filter(l -> l.handlerId() != id).toList());
        Set<Long> empty = new HashSet<>();
        links.forEach((k, v) -> {
            if (v.isEmpty()) {
                empty.add(k);
            }
        });
    }

    private static Long[] box(long[] ids) {
        Long[] out = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = ids[i];
        }
        return out;
    }
}
