package dev.custody.gating;

import static dev.custody.gating.GatingApi.as;
import static dev.custody.gating.GatingApi.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.network.Organization;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's demo table ("The demo story") says what each demo vendor scores and what the gate decides; this test
 * reads the table out of README.md and compares every row with what the running app computes for the demo network,
 * so the table cannot drift. It pins whatever the README says: change the scoring model or the demo, and the README's
 * table must change with it.
 *
 * <p>Columns: vendor (the demo organization's name, or its start: "Halvard Systems" for "Halvard Systems Inc."),
 * inherited score ("about 48, medium": within {@value #ABOUT} points and that band; "100, critical": that score to the
 * unit), the engagement's deployment criticality, and the gate's decision for a purchase request at that criticality
 * ("approve", "approve with conditions", "reject on score", "reject: restricted party").
 */
@QuarkusTest
class ReadmeDemoTableTest {
    /** "about N" allows this many points either way: incidents age, so scores drift down by a little over months. */
    static final double ABOUT = 5.0;
    private static final Pattern SCORE = Pattern.compile("(about )?(\\d+(?:\\.\\d+)?), (low|medium|high|critical)");

    @Inject
    GatePolicyService policies;

    /** One row of the README's table. */
    record Row(String vendor, boolean about, double score, String band, String criticality, String decision) {
    }

    @BeforeEach
    void defaults() {
        GatingApi.defaultModelAndPolicy(policies);
    }

    @Test
    void shouldListEveryDemoVendorAsTheAppScoresAndGatesIt() throws IOException {
        // Fails with every difference listed, e.g. "Orrimund Compute: README says about 72, high; the app scores
        // 64.3, high" or "Veldhaven Edge Systems: README says 'approve', the gate decides 'approve with conditions'".
        List<Row> rows = readmeTable();
        List<String> vendors = demoVendors();
        assertThat(rows).extracting(r -> organization(r.vendor(), vendors)).as("one row per demo vendor")
                .containsExactlyInAnyOrderElementsOf(vendors);
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            check(row, organization(row.vendor(), vendors), wrong);
        }
        assertThat(wrong).as("README.md's demo table against the running app (fix the README, or the demo)").isEmpty();
    }

    @Test
    void shouldReadTheTableTheReadmeHas() throws IOException {
        List<Row> rows = readmeTable();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(7);
        assertThat(rows).extracting(Row::decision).contains("approve", "approve with conditions", "reject on score",
                "reject: restricted party");
    }

    private void check(Row row, String name, List<String> wrong) {
        long id = QuarkusTransaction.requiringNew()
                .call(() -> Organization.<Organization>find("name", name).singleResult().id);
        JsonPath score = as("buyer").get("/api/organizations/" + id + "/score").then().statusCode(200).extract()
                .jsonPath();
        double inherited = score.getDouble("inherited");
        String band = score.getString("band").toLowerCase(Locale.ROOT);
        boolean scoreOk = row.about() ? Math.abs(inherited - row.score()) <= ABOUT
                : Math.round(inherited) == Math.round(row.score());
        if (!scoreOk || !band.equals(row.band())) {
            wrong.add(String.format(Locale.ROOT, "%s: README says %s%.0f, %s; the app scores %.1f, %s", row.vendor(),
                    row.about() ? "about " : "", row.score(), row.band(), inherited, band));
        }
        JsonPath engagement = as("buyer").get("/api/organizations/" + id + "/engagement").then().statusCode(200)
                .extract().jsonPath();
        String criticality = engagement.getString("criticality");
        if (!criticality.toLowerCase(Locale.ROOT).equals(row.criticality())) {
            wrong.add(row.vendor() + ": README says criticality " + row.criticality() + ", the engagement has "
                    + criticality.toLowerCase(Locale.ROOT));
        }
        JsonPath decision = submit("buyer", Map.of("vendorId", id, "item", "README demo table check",
                "quantity", engagement.getInt("unitsPerYear"), "unitPrice", engagement.getDouble("unitPrice"),
                "criticality", criticality)).statusCode(201).extract().jsonPath();
        String decided = decision(decision);
        if (!decided.equals(row.decision())) {
            wrong.add(row.vendor() + ": README says '" + row.decision() + "', the gate decides '" + decided + "'");
        }
    }

    /** The gate's decision in the README's words. */
    private static String decision(JsonPath answer) {
        List<String> rules = answer.getList("decision.rules.rule");
        return switch (GateOutcome.valueOf(answer.getString("decision.outcome"))) {
            case APPROVE -> "approve";
            case APPROVE_WITH_CONDITIONS -> "approve with conditions";
            case REJECT -> rules.contains(FiredRule.RESTRICTED_PARTY) ? "reject: restricted party"
                    : rules.contains(FiredRule.EMBARGO) ? "reject: embargo"
                    : rules.contains(FiredRule.REJECT_THRESHOLD) ? "reject on score" : "reject: " + rules;
            default -> answer.getString("decision.outcome").toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /** The organization a README name stands for: the same name, or the name followed by a legal form. */
    private static String organization(String readmeName, List<String> names) {
        List<String> matches = names.stream().filter(n -> n.equals(readmeName) || n.startsWith(readmeName + " "))
                .toList();
        if (matches.size() != 1) {
            fail("README vendor '" + readmeName + "' names " + matches.size() + " vendors of the app: " + matches);
        }
        return matches.get(0);
    }

    /** The vendors of the seeded demo network, by name. */
    private static List<String> demoVendors() throws IOException {
        List<String> names = new ArrayList<>();
        new ObjectMapper().readTree(Path.of("data-seeds/demo/demo-network.json").toFile()).get("organizations")
                .forEach(o -> {
                    if ("VENDOR".equals(o.get("kind").asText())) {
                        names.add(o.get("name").asText());
                    }
                });
        return names;
    }

    /** The rows of the table under "The demo story" in README.md. */
    static List<Row> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("| vendor | inherited score | criticality | gate decision |")) {
                header = i;
                break;
            }
        }
        assertThat(header).as("README.md has the demo table's header").isNotNegative();
        List<Row> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|");
            Matcher m = SCORE.matcher(cells[2].trim());
            assertThat(m.matches()).as("score cell of README line %d: '%s'", i + 1, cells[2].trim()).isTrue();
            rows.add(new Row(cells[1].trim(), m.group(1) != null, Double.parseDouble(m.group(2)), m.group(3),
                    cells[3].trim(), cells[4].trim()));
        }
        return rows;
    }
}
