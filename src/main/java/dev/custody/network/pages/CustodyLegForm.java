package dev.custody.network.pages;

import dev.custody.network.CustodyLeg;
import dev.custody.network.CustodyLegInput;
import dev.custody.network.LegKind;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The custody leg form as posted: the handler by name, the controls as checkboxes (absent when not ticked). */
public record CustodyLegForm(
        @RestForm String sequence,
        @RestForm String kind,
        @RestForm String handler,
        @RestForm String country,
        @RestForm String seals,
        @RestForm String tracking,
        @RestForm String escort,
        @RestForm String version) {

    /** A new leg at the end of the chain. */
    public static CustodyLegForm next(int sequence) {
        return new CustodyLegForm(String.valueOf(sequence), "", "", "", null, null, null, null);
    }

    public static CustodyLegForm of(CustodyLeg leg) {
        return new CustodyLegForm(String.valueOf(leg.sequence), leg.kind.name(), leg.handler.name, leg.country,
                flag(leg.seals), flag(leg.tracking), flag(leg.escort), String.valueOf(leg.version));
    }

    /** The input for a leg of this vendor's chain, handled by the organization resolved from the typed name. */
    public CustodyLegInput toInput(long vendorId, Long handlerId, Map<String, String> errors) {
        return new CustodyLegInput(vendorId, FormValues.integer(sequence, "sequence", errors),
                FormValues.choice(LegKind.class, kind, "kind", errors), handlerId, FormValues.upper(country),
                FormValues.checked(seals), FormValues.checked(tracking), FormValues.checked(escort),
                FormValues.version(version, errors));
    }

    public boolean sealed() {
        return FormValues.checked(seals);
    }

    public boolean tracked() {
        return FormValues.checked(tracking);
    }

    public boolean escorted() {
        return FormValues.checked(escort);
    }

    private static String flag(boolean value) {
        return value ? "on" : null;
    }
}
