package dev.custody.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Explanations are stored as JSON: those written before references existed must still read. */
class ContributionJsonTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldReadAnExplanationStoredWithoutReferencesWithNullReferences() throws Exception {
        String old = "{\"own\":[{\"kind\":\"DIMENSION\",\"label\":\"geography\",\"points\":12.5,\"detail\":\"d\"}],"
                + "\"geography\":[],\"insider\":[],\"incident\":[],\"inherited\":[{\"kind\":\"SUPPLIER\","
                + "\"label\":\"board from A (critical, share 100 %)\",\"points\":3.0,\"detail\":\"x\"}]}";
        ScoreStore.StoredContributions read = mapper.readValue(old, ScoreStore.StoredContributions.class);
        assertThat(read.own().get(0).points()).isEqualTo(12.5);
        assertThat(read.own().get(0).ref()).isNull();
        assertThat(read.inherited().get(0).organizationId()).isNull();
        assertThat(DrivingPath.largestSupplier(read.inherited())).as("nothing to follow without a reference").isNull();
    }

    @Test
    void shouldWriteAndReadTheReferenceLeavingOutWhatItDoesNotHave() throws Exception {
        Contribution supplier = new Contribution(Contribution.Kind.SUPPLIER, "board", 3.0, "x",
                new Contribution.Ref(70L, 7L, null));
        String json = mapper.writeValueAsString(supplier);
        assertThat(json).contains("\"ref\":{\"id\":70,\"organizationId\":7}");
        assertThat(mapper.readValue(json, Contribution.class)).isEqualTo(supplier);
    }

    @Test
    void shouldFollowTheSupplierWithTheMostPoints() {
        Contribution small = new Contribution(Contribution.Kind.SUPPLIER, "a", 2.0, "", new Contribution.Ref(1L, 10L, null));
        Contribution big = new Contribution(Contribution.Kind.SUPPLIER, "b", 5.0, "", new Contribution.Ref(2L, 20L, null));
        Contribution leg = new Contribution(Contribution.Kind.CUSTODY_LEG, "c", 9.0, "", new Contribution.Ref(3L, 30L, null));
        assertThat(DrivingPath.largestSupplier(java.util.List.of(small, leg, big))).isSameAs(big);
    }
}
