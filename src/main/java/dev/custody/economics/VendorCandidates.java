package dev.custody.economics;

import java.util.List;

/** One vendor in a portfolio plan: its exposure and the safeguards it could get. */
public record VendorCandidates(String vendorKey, Exposure exposure, List<Safeguard> candidates) {
    public VendorCandidates {
        Checks.key("vendor", vendorKey);
        Checks.present("exposure", exposure);
        candidates = List.copyOf(Checks.present("safeguards", candidates));
    }
}
