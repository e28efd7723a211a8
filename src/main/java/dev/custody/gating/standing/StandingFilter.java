package dev.custody.gating.standing;

import dev.custody.web.InvalidInputException;
import dev.custody.web.Where;
import java.util.Arrays;

/** The vendor list's standing filter: checked from the address bar, and a condition on the organization query. */
public final class StandingFilter {
    private StandingFilter() {
    }

    /** The standing asked for (name or slug, any case), null for any; another value is a 400 naming "standing". */
    public static Standing parse(String value) {
        try {
            return Standing.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("standing", "must be one of " + Arrays.toString(Standing.values()));
        }
    }

    /** Adds "the organization (at prefix) stands so" when a standing is given. */
    public static Where where(Where where, String prefix, Standing standing) {
        return where.and(prefix + "id in (select v.organizationId from VendorStanding v where v.standing = :standing)",
                "standing", standing);
    }
}
