package dev.custody.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The migrations store the two model versions as JSON literals (V2 and V12); the code holds their defaults as
 * {@link ScoringModel#defaults()} and {@link ScoringModel#version2()}. The two must not drift apart: the demo,
 * the README table and {@link ModelFixtures} assume the stored version 2 is the code's.
 */
@QuarkusTest
class ScoringModelMigrationTest {
    @Inject
    ScoringModelService models;

    @Test
    void shouldStoreVersionOneAndVersionTwoAsTheCodeDefinesThem() {
        List<ScoringModelVersion> stored = QuarkusTransaction.requiringNew().call(() -> models.list().stream()
                .sorted(Comparator.comparingInt((ScoringModelVersion v) -> v.version)).toList());
        ScoringModel first = QuarkusTransaction.requiringNew().call(() -> models.parameters(stored.get(0)));
        assertThat(first.ranged()).as("the first stored version feeds version 1's formulas").isFalse();
        assertThat(first).isEqualTo(ScoringModel.defaults());
        ScoringModel firstOfVersionTwo = QuarkusTransaction.requiringNew().call(() -> stored.stream()
                .map(models::parameters).filter(ScoringModel::ranged).findFirst().orElseThrow());
        assertThat(firstOfVersionTwo).isEqualTo(ScoringModel.version2());
    }
}
