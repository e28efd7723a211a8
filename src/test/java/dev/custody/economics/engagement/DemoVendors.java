package dev.custody.economics.engagement;

import dev.custody.network.Organization;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The seeded demo vendors, found by name. */
final class DemoVendors {
    static final String HALVARD = "Halvard Systems Inc.";

    private DemoVendors() {
    }

    static long id(String name) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Organization.<Organization>find("name", name).singleResult().id);
    }
}
