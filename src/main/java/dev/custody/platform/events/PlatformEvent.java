package dev.custody.platform.events;

/**
 * Something other systems may want to hear about, fired as a CDI event inside the transaction that makes it true.
 * Observers that act on the outside world wait for the commit (TransactionPhase.AFTER_SUCCESS); the webhook outbox
 * writes its rows in the same transaction, so a rolled-back change announces nothing.
 *
 * <p>Who fires what (keep each one line where the thing happens):
 * <ul>
 * <li>{@link BandChanged}: ScoreStore.write, for every stored score whose inherited band moved;</li>
 * <li>{@link StandingChanged}: the vendor standing (DOMAIN.md §8) when a vendor's standing moves; it does not exist
 * yet, so nothing fires it today: whoever adds the standing fires it where the standing is stored;</li>
 * <li>{@link DecisionMarkedForReview}: GateReview, when a request is marked for review;</li>
 * <li>{@link ReportReady}: ReportService, when a report snapshot is stored as done;</li>
 * <li>{@link ImportFinished}: ImportService, after a bulk import was written or refused.</li>
 * </ul>
 */
public sealed interface PlatformEvent
        permits BandChanged, StandingChanged, DecisionMarkedForReview, ReportReady, ImportFinished {
    /** The CloudEvents type, such as {@code dev.custody.band.changed}; webhooks subscribe to it. */
    String type();

    /** What the event is about, as a path such as {@code organizations/12} (the CloudEvents subject). */
    String subject();
}
