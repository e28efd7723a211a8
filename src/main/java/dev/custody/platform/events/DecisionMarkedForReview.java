package dev.custody.platform.events;

/** A purchase request's gate decision was marked for review, with the reason in words. */
public record DecisionMarkedForReview(long purchaseRequestId, long vendorId, String reason) implements PlatformEvent {
    public static final String TYPE = "dev.custody.decision.review";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "purchase-requests/" + purchaseRequestId;
    }
}
