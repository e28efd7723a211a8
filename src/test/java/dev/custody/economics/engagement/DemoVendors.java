package dev.custody.economics.engagement;

import dev.custody.network.Organization;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The seeded demo vendors, found by name. */
final class DemoVendors {
    /** Barred by a restricted party three tiers down: no safeguard budget, replace or exit. */
    static final String HALVARD = "Halvard Systems Inc.";
    /** Rejected on its score, not barred: the safeguard plan is worked out for it. */
    static final String TSUKIMORI = "Tsukimori Dataworks K.K.";

    private DemoVendors() {
    }

    static long id(String name) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Organization.<Organization>find("name", name).singleResult().id);
    }
}
