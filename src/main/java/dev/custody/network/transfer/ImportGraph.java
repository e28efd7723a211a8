package dev.custody.network.transfer;

import dev.custody.network.CycleCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The supply network as it would be after an import: the stored links plus the file's links so far.
 * Organizations of the file have negative ids and no stored links.
 */
public final class ImportGraph {
    private final LongFunction<List<Long>> storedSuppliers;
    private final Map<Long, List<Long>> stored = new HashMap<>();
    private final Map<Long, List<Long>> added = new HashMap<>();

    public ImportGraph(LongFunction<List<Long>> storedSuppliers) {
        this.storedSuppliers = storedSuppliers;
    }

    /** The cycle buyer -> supplier would close, as ids from the buyer back to the buyer. */
    public Optional<List<Long>> cycleClosedBy(long buyerId, long supplierId) {
        return CycleCheck.cycleClosedBy(buyerId, supplierId, this::suppliersOf);
    }

    public void add(long buyerId, long supplierId) {
        added.computeIfAbsent(buyerId, id -> new ArrayList<>()).add(supplierId);
    }

    private List<Long> suppliersOf(long id) {
        List<Long> all = new ArrayList<>(id > 0 ? stored.computeIfAbsent(id, storedSuppliers::apply) : List.of());
        all.addAll(added.getOrDefault(id, List.of()));
        return all;
    }
}
