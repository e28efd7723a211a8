package dev.custody.platform.events;

/**
 * A vendor's standing (barred, reject, approve with conditions, approve; DOMAIN.md §8) moved, with its reason in
 * words. Defined ahead of the standing itself: the code that stores a vendor's standing fires it when it changes.
 */
public record StandingChanged(long vendorId, String from, String to, String reason) implements PlatformEvent {
    public static final String TYPE = "dev.custody.standing.changed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "organizations/" + vendorId;
    }
}
