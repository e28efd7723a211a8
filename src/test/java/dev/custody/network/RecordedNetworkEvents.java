package dev.custody.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the organizations announced as changed, so tests can check that a write tells scoring about them. */
@ApplicationScoped
public class RecordedNetworkEvents {
    private final List<Long> organizations = new CopyOnWriteArrayList<>();

    void record(@Observes NetworkEvents.NetworkChanged changed) {
        organizations.add(changed.organizationId());
    }

    public void clear() {
        organizations.clear();
    }

    public List<Long> organizations() {
        return List.copyOf(organizations);
    }
}
