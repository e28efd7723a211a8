package dev.custody.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CycleCheckTest {
    // 1 -> 2 -> 3 -> 4, and 1 -> 5 -> 4: buyer -> its suppliers
    private final Map<Long, List<Long>> suppliers = Map.of(1L, List.of(2L, 5L), 2L, List.of(3L), 3L, List.of(4L),
            5L, List.of(4L));

    private List<Long> suppliersOf(long id) {
        return suppliers.getOrDefault(id, List.of());
    }

    @Test
    void shouldAcceptALinkThatKeepsTheNetworkAcyclic() {
        assertThat(CycleCheck.cycleClosedBy(2L, 5L, this::suppliersOf)).isEmpty();
        assertThat(CycleCheck.cycleClosedBy(1L, 4L, this::suppliersOf)).isEmpty();
    }

    @Test
    void shouldNameTheWholeCycleFromBuyerBackToBuyer() {
        // two paths lead from 1 down to 4; the shorter one, through 5, is named
        assertThat(CycleCheck.cycleClosedBy(4L, 1L, this::suppliersOf)).contains(List.of(4L, 1L, 5L, 4L));
    }

    @Test
    void shouldFindTheShortestCycle() {
        assertThat(CycleCheck.cycleClosedBy(3L, 1L, this::suppliersOf)).contains(List.of(3L, 1L, 2L, 3L));
    }

    @Test
    void shouldRejectASelfLink() {
        assertThat(CycleCheck.cycleClosedBy(7L, 7L, this::suppliersOf)).contains(List.of(7L, 7L));
    }
}
