package dev.custody.history;

import dev.custody.gating.DecisionCondition;
import dev.custody.gating.GateDecision;
import dev.custody.gating.OverrideAnswer;
import dev.custody.gating.OverrideRequest;
import dev.custody.gating.PurchaseRequest;
import dev.custody.network.Assessment;
import dev.custody.network.CustodyLeg;
import dev.custody.network.Incident;
import dev.custody.network.Organization;
import dev.custody.network.Site;
import dev.custody.network.SupplyLink;
import dev.custody.reference.Country;
import dev.custody.reference.RestrictedParty;
import dev.custody.web.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The audited record types as the history API names them, each with how to label and identify a snapshot. */
public enum AuditedType {
    ORGANIZATION("organization", Organization.class, o -> ((Organization) o).name),
    SITE("site", Site.class, s -> site((Site) s)),
    SUPPLY_LINK("supply-link", SupplyLink.class, l -> supplyLink((SupplyLink) l)),
    CUSTODY_LEG("custody-leg", CustodyLeg.class, l -> custodyLeg((CustodyLeg) l)),
    INCIDENT("incident", Incident.class, i -> ((Incident) i).title),
    ASSESSMENT("assessment", Assessment.class, a -> assessment((Assessment) a)),
    COUNTRY("country", Country.class, c -> ((Country) c).name + " (" + ((Country) c).iso2 + ")"),
    RESTRICTED_PARTY("restricted-party", RestrictedParty.class, p -> ((RestrictedParty) p).name),
    PURCHASE_REQUEST("purchase-request", PurchaseRequest.class,
            r -> "Purchase request " + ((PurchaseRequest) r).id + ": " + ((PurchaseRequest) r).item),
    GATE_DECISION("gate-decision", GateDecision.class,
            d -> "Decision " + ((GateDecision) d).id + " (" + ((GateDecision) d).kind + ", " + ((GateDecision) d).outcome + ")"),
    GATE_CONDITION("gate-condition", DecisionCondition.class, c -> "Condition " + ((DecisionCondition) c).name),
    OVERRIDE_REQUEST("override-request", OverrideRequest.class,
            o -> "Override request " + ((OverrideRequest) o).id + " for " + ((OverrideRequest) o).outcome),
    OVERRIDE_ANSWER("override-answer", OverrideAnswer.class,
            a -> (((OverrideAnswer) a).granted ? "Grant" : "Refusal") + " of override request "
                    + ((OverrideAnswer) a).overrideRequestId);

    public final String slug;
    public final Class<?> entityClass;
    private final Function<Object, String> label;

    AuditedType(String slug, Class<?> entityClass, Function<Object, String> label) {
        this.slug = slug;
        this.entityClass = entityClass;
        this.label = label;
    }

    public static AuditedType of(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new InvalidInputException("entityType", "must be one of " + String.join(", ",
                        Arrays.stream(values()).map(t -> t.slug).toList())));
    }

    public static Optional<AuditedType> of(Class<?> entityClass) {
        return Arrays.stream(values()).filter(t -> t.entityClass.isAssignableFrom(entityClass)).findFirst();
    }

    /** The primary key of this type from its path form: a number, or an ISO code for countries. */
    public Object parseId(String raw) {
        if (this == COUNTRY) {
            return raw.trim().toUpperCase(Locale.ROOT);
        }
        try {
            return Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("id", "must be a number for " + slug);
        }
    }

    public String label(Object snapshot) {
        return label.apply(snapshot);
    }

    private static String site(Site site) {
        return site.name + ", " + site.city;
    }

    private static String supplyLink(SupplyLink link) {
        return link.item + " from " + SnapshotDiff.relation(link.supplier) + " to " + SnapshotDiff.relation(link.buyer);
    }

    private static String custodyLeg(CustodyLeg leg) {
        return "Leg " + leg.sequence + " (" + leg.kind + ") of " + SnapshotDiff.relation(leg.vendor);
    }

    private static String assessment(Assessment assessment) {
        return "Assessment by " + assessment.assessor + " on " + assessment.assessedOn;
    }
}
