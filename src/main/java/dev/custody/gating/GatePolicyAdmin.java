package dev.custody.gating;

import dev.custody.scoring.ModelStatus;
import dev.custody.web.ConflictException;
import dev.custody.web.Versions;
import dev.custody.platform.GateInputsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/** Changes to the gate policy: one draft at a time, copied from a version, edited with its revision, activated. */
@ApplicationScoped
public class GatePolicyAdmin {
    @Inject
    GatePolicyService policies;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<GateInputsChanged> gateInputs;

    /** A new draft copied from version from (null: the active version); refused while another draft exists. */
    @Transactional
    public GatePolicyVersion createDraft(Integer from, String note, String user) {
        GatePolicyVersion existing = GatePolicyVersion.find("status", ModelStatus.DRAFT).firstResult();
        if (existing != null) {
            throw new ConflictException("Draft gate policy " + existing.version + " exists already; edit or activate it");
        }
        GatePolicyVersion source = from == null ? policies.active() : policies.get(from);
        Integer last = em.createQuery("select max(p.version) from GatePolicyVersion p", Integer.class).getSingleResult();
        GatePolicyVersion draft = new GatePolicyVersion();
        draft.version = last == null ? 1 : last + 1;
        draft.status = ModelStatus.DRAFT;
        draft.parameters = source.parameters;
        draft.note = note == null || note.isBlank() ? "Copy of version " + source.version : note.strip();
        draft.createdBy = user;
        draft.createdAt = Instant.now(clock);
        draft.persist();
        return draft;
    }

    /** Replaces a draft's parameters (checked when they were read) and note, when given. */
    @Transactional
    public GatePolicyVersion update(int version, GatePolicy parameters, String note, long expectedRevision) {
        GatePolicyVersion draft = editable(version);
        Versions.check("Gate policy version " + version, draft.revision, expectedRevision);
        draft.parameters = policies.json(parameters);
        if (note != null) {
            draft.note = note.isBlank() ? null : note.strip();
        }
        em.flush();
        return draft;
    }

    /** Makes a draft the active policy and retires the previous one; decisions made already keep their version. */
    @Transactional
    public GatePolicyVersion activate(int version) {
        GatePolicyVersion draft = editable(version);
        for (GatePolicyVersion active : GatePolicyVersion.<GatePolicyVersion>list("status", ModelStatus.ACTIVE)) {
            active.status = ModelStatus.RETIRED;
        }
        em.flush();
        draft.status = ModelStatus.ACTIVE;
        draft.activatedAt = Instant.now(clock);
        em.flush();
        gateInputs.fire(GateInputsChanged.everyVendor("gate policy"));
        return draft;
    }

    private GatePolicyVersion editable(int version) {
        GatePolicyVersion policy = policies.get(version);
        if (policy.status != ModelStatus.DRAFT) {
            throw new ConflictException("Gate policy version " + version + " is "
                    + policy.status.name().toLowerCase(Locale.ROOT) + "; only a draft can be changed");
        }
        return policy;
    }
}
