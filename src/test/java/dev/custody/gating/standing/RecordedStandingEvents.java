package dev.custody.gating.standing;

import dev.custody.platform.events.PlatformEvent;
import dev.custody.platform.events.StandingChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the StandingChanged events of committed transactions, so tests can check what was announced. */
@ApplicationScoped
public class RecordedStandingEvents {
    private final List<StandingChanged> events = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlatformEvent event) {
        if (event instanceof StandingChanged changed) {
            events.add(changed);
        }
    }

    public void clear() {
        events.clear();
    }

    /** The events about one vendor, in the order they were committed. */
    public List<StandingChanged> of(long vendorId) {
        return events.stream().filter(e -> e.vendorId() == vendorId).toList();
    }
}
