package dev.custody.history;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user, or "system" for seeding and background work. */
public class RevisionUserListener implements RevisionListener {
    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((RevisionInfo) revision).username = currentUser();
    }

    static String currentUser() {
        try (InstanceHandle<CurrentIdentityAssociation> handle = Arc.container().instance(CurrentIdentityAssociation.class)) {
            if (!handle.isAvailable()) {
                return SYSTEM;
            }
            SecurityIdentity identity = handle.get().getIdentity();
            return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
        } catch (RuntimeException outsideRequest) {
            // No request context (startup seeding, scheduled jobs): the change is the system's.
            return SYSTEM;
        }
    }
}
