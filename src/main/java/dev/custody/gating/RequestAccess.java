package dev.custody.gating;

import dev.custody.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may act on a purchase request: re-evaluating it, asking for an override of its decision and recording its
 * conditions as met are for the requester, an approver or an admin. Another buyer may read the request but not act
 * on it: a re-evaluation replaces the decision its requester works with, an override request and a condition's
 * evidence speak for a purchase that is not theirs.
 */
public final class RequestAccess {
    /** The person acting, and whether they hold the approver or admin role. */
    public record Actor(String name, boolean approverOrAdmin) {
        public static Actor of(SecurityIdentity identity) {
            return new Actor(identity.getPrincipal().getName(),
                    identity.hasRole(Roles.APPROVER) || identity.hasRole(Roles.ADMIN));
        }
    }

    private RequestAccess() {
    }

    /** Whether the actor may act on the request (re-evaluate, ask for an override, record a condition met). */
    public static boolean mayAct(PurchaseRequest request, Actor actor) {
        return actor.approverOrAdmin() || actor.name().equals(request.requester);
    }

    /** Refuses (403) an actor who is neither the requester nor an approver or admin; what says what they tried. */
    static void check(PurchaseRequest request, Actor actor, String what) {
        if (!mayAct(request, actor)) {
            throw new FourEyesException(request.requester + " raised this request; only they, an approver or an admin "
                    + "may " + what);
        }
    }
}
