package dev.custody.economics.engagement;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What a safeguard plan must respect besides the money (DOMAIN.md section 8), supplied by the procurement gate: the
 * vendors that get no safeguard budget (barred: replace or exit) and the safeguards that decisions in force already
 * make conditions (committed: in place or promised, so the plan counts them as given and buys only the rest).
 */
public interface PlanConstraints {
    /** The vendors among these that get no budget, each with the reason in words. */
    Map<Long, String> exits(Collection<Long> vendorIds);

    /** The catalogue safeguards decisions in force make conditions, by vendor (ids of the safeguards). */
    Map<Long, Set<Long>> commitments(Collection<Long> vendorIds);
}
