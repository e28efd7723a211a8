package dev.custody.gating;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.web.ConflictException;
import dev.custody.web.InvalidInputException;
import dev.custody.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/** Purchase requests through the gate: decide, re-evaluate, override with four eyes; decisions are only added. */
@ApplicationScoped
public class GatingService {
    static final String SYSTEM = "system";
    static final String OVERRIDE = "override";
    static final int MAX_LIST = 500;
    /** What an override may grant: an approver resolves "needs adjudication" to one of these. */
    static final List<GateOutcome> OVERRIDE_OUTCOMES = List.of(GateOutcome.APPROVE, GateOutcome.APPROVE_WITH_CONDITIONS,
            GateOutcome.REJECT);

    /** A request and whether this call created it (false: an earlier call with the same idempotency key). */
    public record Submitted(PurchaseRequest request, boolean created) {
    }

    @Inject
    GateFactsLoader loader;
    @Inject
    GatePolicyService policies;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;

    @Transactional
    public Submitted submit(PurchaseRequestInput input, String requester, String idempotencyKey) {
        if (idempotencyKey != null) {
            var earlier = PurchaseRequest.byKey(requester, idempotencyKey);
            if (earlier.isPresent()) {
                return new Submitted(earlier.get(), false);
            }
        }
        Organization vendor = Organization.findById(input.vendorId());
        if (vendor == null) {
            throw new InvalidInputException("vendorId", "no organization with this id");
        }
        if (vendor.kind != OrganizationKind.VENDOR) {
            throw new InvalidInputException("vendorId", vendor.name + " is not a vendor; only vendors (tier 1) can be "
                    + "bought from");
        }
        PurchaseRequest request = new PurchaseRequest();
        request.vendorId = vendor.id;
        request.vendorName = vendor.name;
        request.item = input.item().strip();
        request.quantity = input.quantity();
        request.unitPrice = input.unitPrice();
        request.currency = input.currency() == null ? "USD" : input.currency();
        request.criticality = input.criticality();
        request.needBy = input.needBy();
        request.requester = requester;
        request.idempotencyKey = idempotencyKey;
        request.createdAt = Instant.now(clock);
        request.persist();
        decide(request, GateDecision.Kind.EVALUATION, requester);
        return new Submitted(request, true);
    }

    /**
     * The request an earlier call with this idempotency key created, read in a transaction of its own: after a
     * concurrent call with the same key lost the race on the unique constraint, the winner's row is committed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<PurchaseRequest> byKey(String requester, String idempotencyKey) {
        return PurchaseRequest.byKey(requester, idempotencyKey);
    }

    public PurchaseRequest get(long id) {
        return PurchaseRequest.<PurchaseRequest>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Purchase request", id));
    }

    public GateDecision decision(long requestId) {
        return GateDecision.latest(requestId).orElseThrow(() -> new NotFoundException("Decision on purchase request", requestId));
    }

    /** A person's re-evaluation: only the requester, an approver or an admin (RequestAccess). */
    @Transactional
    public GateDecision reevaluate(long id, RequestAccess.Actor actor) {
        RequestAccess.check(get(id), actor, "evaluate it again");
        return reevaluate(id, actor.name());
    }

    /** A new decision with today's facts and the active policy; clears the review mark. */
    @Transactional
    public GateDecision reevaluate(long id, String user) {
        PurchaseRequest request = get(id);
        if (Organization.findById(request.vendorId) == null) {
            throw new ConflictException("The vendor " + request.vendorName + " is no longer in the network");
        }
        request.reviewReason = null;
        return decide(request, GateDecision.Kind.REEVALUATION, user);
    }

    /** An approver's override; never by the requester or by whoever made the decision in force. */
    @Transactional
    public GateDecision override(long id, OverrideInput input, String user) {
        PurchaseRequest request = get(id);
        GateDecision current = decision(id);
        if (user.equals(request.requester)) {
            throw new FourEyesException("You raised this request; an override needs a second person with the approver role");
        }
        if (user.equals(current.decidedBy)) {
            throw new FourEyesException("You made the decision in force; an override needs a second person with the approver role");
        }
        if (!OVERRIDE_OUTCOMES.contains(input.outcome())) {
            throw new InvalidInputException("outcome", "an override decides: approve, approve with conditions or reject");
        }
        if (current.outcome == input.outcome()) {
            throw new ConflictException("The decision in force is already " + label(input.outcome()));
        }
        List<FiredRule> rules = new ArrayList<>(rules(current));
        rules.add(new FiredRule(OVERRIDE, input.outcome(), String.format(Locale.ROOT, "%s overrode %s with %s: %s",
                user, label(current.outcome), label(input.outcome()), input.justification().strip())));
        GateDecision decision = copy(current, GateDecision.Kind.OVERRIDE, input.outcome(), user);
        decision.rules = json(rules);
        decision.conditions = input.outcome() == GateOutcome.APPROVE_WITH_CONDITIONS ? current.conditions : "[]";
        decision.justification = input.justification().strip();
        decision.previousId = current.id;
        decision.persist();
        keepConditions(decision, conditions(decision));
        request.reviewReason = null;
        return decision;
    }

    private GateDecision decide(PurchaseRequest request, GateDecision.Kind kind, String user) {
        GatePolicyVersion policy = policies.active();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        GateFactsLoader.Loaded loaded = loader.load(request.vendorId, request.criticality, request.quantity,
                request.requester, today, request.currency);
        GateVerdict verdict = GateRules.decide(loaded.facts(), policies.parameters(policy));
        GateDecision decision = new GateDecision();
        decision.request = request;
        decision.kind = kind;
        decision.outcome = verdict.outcome();
        decision.decidedBy = user;
        decision.decidedAt = Instant.now(clock);
        decision.inherited = verdict.inherited();
        decision.residual = verdict.residual();
        decision.policyVersion = policy.version;
        decision.modelVersion = loaded.score().modelVersion;
        decision.rules = json(verdict.rules());
        decision.conditions = json(verdict.conditions());
        decision.previousId = GateDecision.latest(request.id).map(d -> d.id).orElse(null);
        decision.persist();
        keepConditions(decision, verdict.conditions());
        return decision;
    }

    /**
     * One row per condition of a new decision; a condition of the same name recorded as met on the decision it
     * replaces stays met, with who recorded it, when and on what evidence.
     */
    private void keepConditions(GateDecision decision, List<GateCondition> conditions) {
        List<DecisionCondition> before = decision.previousId == null ? List.of() : DecisionCondition.of(decision.previousId);
        for (int i = 0; i < conditions.size(); i++) {
            GateCondition condition = conditions.get(i);
            DecisionCondition row = new DecisionCondition();
            row.decisionId = decision.id;
            row.purchaseRequestId = decision.request.id;
            row.ordinal = i;
            row.name = condition.name();
            row.deadline = condition.deadline();
            before.stream().filter(b -> b.met() && b.name.equals(condition.name())).findFirst().ifPresent(b -> {
                row.metBy = b.metBy;
                row.metAt = b.metAt;
                row.evidence = b.evidence;
            });
            row.persist();
        }
    }

    private GateDecision copy(GateDecision from, GateDecision.Kind kind, GateOutcome outcome, String user) {
        GateDecision decision = new GateDecision();
        decision.request = from.request;
        decision.kind = kind;
        decision.outcome = outcome;
        decision.decidedBy = user;
        decision.decidedAt = Instant.now(clock);
        decision.inherited = from.inherited;
        decision.residual = from.residual;
        decision.policyVersion = from.policyVersion;
        decision.modelVersion = from.modelVersion;
        return decision;
    }

    static String label(GateOutcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public List<FiredRule> rules(GateDecision decision) {
        return read(decision.rules, new TypeReference<>() {
        });
    }

    public List<GateCondition> conditions(GateDecision decision) {
        return read(decision.conditions, new TypeReference<>() {
        });
    }

    public GateDecisionView view(GateDecision d) {
        return new GateDecisionView(d.id, d.request.id, d.kind, d.outcome, d.decidedBy, d.decidedAt, d.inherited,
                d.residual, d.policyVersion, d.modelVersion, rules(d), conditions(d), d.justification, d.previousId);
    }

    public PurchaseRequestView view(PurchaseRequest r, boolean withHistory) {
        List<GateDecisionView> decisions = withHistory ? GateDecision.of(r.id).stream().map(this::view).toList() : null;
        GateDecisionView current = GateDecision.latest(r.id).map(this::view).orElse(null);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<ConditionView> status = current == null ? List.of()
                : DecisionCondition.of(current.id()).stream().map(c -> ConditionView.of(c, today)).toList();
        return new PurchaseRequestView(r.id, r.vendorId, r.vendorName, r.item, r.quantity, r.unitPrice, r.currency,
                r.criticality, r.needBy, r.requester, r.createdAt, r.reviewReason, current, decisions, status,
                (int) status.stream().filter(ConditionView::overdue).count(), OverrideRequest.open(r.id).isPresent(),
                withHistory ? OverrideRequestView.of(r.id) : null);
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored decision cannot be read", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
