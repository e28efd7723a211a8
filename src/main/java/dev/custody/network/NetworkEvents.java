package dev.custody.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Announces that something an organization's risk depends on changed, inside the changing transaction,
 * so that later features (scoring) can react to exactly the organizations affected.
 */
@ApplicationScoped
public class NetworkEvents {
    /** The CDI event: the organization whose own data changed (its buyers depend on it in turn). */
    public record NetworkChanged(long organizationId) {
    }

    @Inject
    Event<NetworkChanged> event;

    public void changed(long organizationId) {
        event.fire(new NetworkChanged(organizationId));
    }

    /** A record moved from one organization to another (or stayed): both are affected, each once. */
    public void changed(long before, long after) {
        changed(before);
        if (after != before) {
            changed(after);
        }
    }
}
