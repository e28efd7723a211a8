package dev.custody.gating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {
    /** The textbook values of Winkler (1990) as most implementations reproduce them. */
    @ParameterizedTest
    @CsvSource({
            "martha, marhta, 0.9611",
            "dwayne, duane, 0.8400",
            "dixon, dicksonx, 0.8133",
            "abc, abc, 1.0",
            "abc, xyz, 0.0",
            "'', abc, 0.0"})
    void shouldComputeJaroWinkler(String a, String b, double expected) {
        assertEquals(expected, NameSimilarity.jaroWinkler(a, b), 0.0001);
        assertEquals(expected, NameSimilarity.jaroWinkler(b, a), 0.0001, "symmetric");
    }

    @ParameterizedTest
    @CsvSource({
            "velmarine logistics, velmarine logistics, 1.0, 1.0",
            "velmarine logistic, velmarine logistics, 0.98, 1.0",
            "huawey technologies, huawei technologies, 0.95, 0.99",
            "technologies huawei, huawei technologies, 1.0, 1.0",
            "velmarine shipping, velmarine logistics, 0.6, 0.85",
            "zte corporaton, zte, 0.5, 0.85",
            "northwind traders, velmarine logistics, 0.0, 0.7"})
    void shouldCompareNamesWordByWordInAnyOrder(String a, String b, double atLeast, double atMost) {
        double similarity = NameSimilarity.of(a, b);
        assertTrue(similarity >= atLeast && similarity <= atMost, a + " / " + b + ": " + similarity);
        assertEquals(similarity, NameSimilarity.of(b, a), 1e-12, "symmetric");
    }
}
