package dev.custody.gating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyIndexTest {
    static final GateFacts.Party VELMARINE = new GateFacts.Party("Velmarine Logistics Company",
            "Velmarine Shipping S.A.; Société Velmarine", "Specially Designated Nationals (SDN) - Treasury Department");
    static final GateFacts.Party QUORVEX = new GateFacts.Party("Quorvex Photonics Holdings Ltd.",
            "Quorvex Photonics; QPH Microwave Co.", "Entity List (EL) - Bureau of Industry and Security");
    static final PartyIndex INDEX = PartyIndex.of(List.of(VELMARINE, QUORVEX));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VELMARINE LOGISTICS CO.|Velmarine Logistics Company",
            "velmarine shipping, s.a.|Velmarine Shipping S.A.",
            "Societe Velmarine|Société Velmarine",
            "QPH Microwave Company Limited|QPH Microwave Co.",
            "Quorvex-Photonics Inc|Quorvex Photonics"})
    void shouldMatchExactlyOnTheNormalisedNameOrAnyAlias(String name, String spelling) {
        PartyIndex.Hit hit = INDEX.exact(name);
        assertEquals(spelling, hit.matchedName());
        assertEquals(1.0, hit.similarity());
    }

    static final GateFacts.Party ZTE = new GateFacts.Party("ZTE Corporation", "ZTE",
            "NDAA FY2019 Section 889 (FAR 52.204-25)");
    static final GateFacts.Party COM = new GateFacts.Party("Com Systems Ltd", null, "Entity List (EL)");
    static final PartyIndex LOOKALIKES = PartyIndex.of(List.of(ZTE, COM));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Z\u0422\u0415 Corporation|ZTE Corporation",
            "\u0396\u03a4\u0395 Corp.|ZTE Corporation",
            "z\u0442\u0435|ZTE Corporation"})
    void shouldMatchANameWrittenWithAnotherScriptsLookAlikeLettersExactly(String name, String spelling) {
        PartyIndex.Hit hit = LOOKALIKES.exact(name);
        assertEquals(ZTE, hit.party());
        assertEquals(spelling, hit.matchedName());
        assertTrue(hit.lookalike());
        assertFalse(LOOKALIKES.exact("ZTE Corp").lookalike(), "the plain spelling is an ordinary exact match");
    }

    @Test
    void shouldLeaveALookAlikeWithinOneScriptToAdjudication() {
        // A zero for an O: the same script, so maybe another company; close (similarity 1 on the skeleton), not exact.
        assertNull(LOOKALIKES.exact("C0m Systems"));
        List<PartyIndex.Hit> hits = LOOKALIKES.close("C0m Systems", 0.88, 3);
        assertEquals(1, hits.size());
        assertEquals(COM, hits.get(0).party());
        assertEquals(1.0, hits.get(0).similarity());
        assertTrue(hits.get(0).lookalike());
        // "rn" for "m" is not in the upper-case skeleton; the spelling similarity still asks for adjudication.
        assertTrue(LOOKALIKES.close("Corn Systems", 0.88, 3).get(0).similarity() >= 0.88);
        assertTrue(LOOKALIKES.close("Z\u0422\u0415 Corporation", 0.5, 3).isEmpty(), "exact already");
    }

    @Test
    void shouldNotMatchExactlyANameThatOnlyResemblesOne() {
        assertNull(INDEX.exact("Velmarine Logistic"));
        assertNull(INDEX.exact(""));
    }

    @Test
    void shouldFindACloseNameWithItsMostSimilarSpellingOncePerParty() {
        List<PartyIndex.Hit> hits = INDEX.close("Velmarine Logistic Co", 0.88, 3);
        assertEquals(1, hits.size());
        assertEquals(VELMARINE, hits.get(0).party());
        assertEquals("Velmarine Logistics Company", hits.get(0).matchedName());
        assertTrue(hits.get(0).similarity() >= 0.88 && hits.get(0).similarity() < 1.0, hits.toString());
    }

    @Test
    void shouldLeaveExactMatchesAndDissimilarNamesOutOfTheCloseOnes() {
        assertTrue(INDEX.close("Velmarine Logistics", 0.5, 3).isEmpty(), "the party it equals is an exact match");
        assertTrue(INDEX.close("Velmarine Consulting", 0.88, 3).isEmpty(), "one word alike of two is not enough");
        assertTrue(INDEX.close("Northwind Traders", 0.5, 3).isEmpty(), "no block in common");
    }

    @Test
    void shouldApplyTheThresholdItIsGiven() {
        double similarity = NameSimilarity.of("quorvex fotonics", "quorvex photonics");
        assertEquals(1, INDEX.close("Quorvex Fotonics", similarity, 3).size());
        assertTrue(INDEX.close("Quorvex Fotonics", Math.nextUp(similarity), 3).isEmpty());
    }

    @Test
    void shouldCompareANameWithAFewBlocksOfTwentyThousandNamesNotAllOfThem() {
        List<GateFacts.Party> parties = syntheticList(20_000);
        long built = System.nanoTime();
        PartyIndex index = PartyIndex.of(parties);
        System.out.printf("PartyIndex: 20,000 names indexed in %.2f s%n", (System.nanoTime() - built) / 1e9);
        Random random = new Random(7);
        List<String> screened = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            screened.add(parties.get(random.nextInt(parties.size())).name() + "x");
        }
        long compared = 0;
        long start = System.nanoTime();
        for (String name : screened) {
            compared += index.candidates(PartyNames.normalise(name)).cardinality();
            assertTrue(!index.close(name, 0.88, 3).isEmpty(), name + " differs from a listed name by one letter");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("PartyIndex: 300 names screened in %.3f s, %d comparisons of %d pairs%n", seconds, compared,
                (long) screened.size() * index.size());
        long everyPair = (long) screened.size() * index.size();
        assertTrue(compared < everyPair / 20, compared + " comparisons of " + everyPair);
        assertTrue(seconds < 5, "300 names against 20,000 took " + seconds + " s");
    }

    /** Three pseudo-words of a 2,000-word vocabulary per name, so blocks are as mixed as in a real list. */
    static List<GateFacts.Party> syntheticList(int size) {
        Random random = new Random(42);
        String letters = "abcdefghijklmnopqrstuvwxyz";
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder word = new StringBuilder();
            for (int j = 0, n = 4 + random.nextInt(6); j < n; j++) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.add(word.toString());
        }
        List<GateFacts.Party> parties = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String name = words.get(random.nextInt(2000)) + " " + words.get(random.nextInt(2000)) + " "
                    + words.get(random.nextInt(2000)) + " " + i;
            parties.add(new GateFacts.Party(name, null, "Synthetic"));
        }
        return parties;
    }
}
