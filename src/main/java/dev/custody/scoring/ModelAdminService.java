package dev.custody.scoring;

import dev.custody.web.ConflictException;
import dev.custody.web.FieldError;
import dev.custody.web.InvalidInputException;
import dev.custody.web.Versions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Changes to the scoring model: one draft at a time, copied from a version, edited with its revision, then
 * activated (the previous active version retired, every score recomputed) or deleted.
 */
@ApplicationScoped
public class ModelAdminService {
    /** What an activation did: the version now active, the one it retired, and the full rescore that followed. */
    public record Activation(int version, Integer retired, ScoreService.RescoreResult rescore) {
    }

    @Inject
    ScoringModelService models;
    @Inject
    ScoreService scores;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** The draft being edited, if any. */
    public ScoringModelVersion draft() {
        return ScoringModelVersion.find("status", ModelStatus.DRAFT).firstResult();
    }

    /** A new draft copied from version from (null: the active version); refused while another draft exists. */
    @Transactional
    public ScoringModelVersion createDraft(Integer from, String note, String user) {
        ScoringModelVersion existing = draft();
        if (existing != null) {
            throw new ConflictException("Draft version " + existing.version + " exists already; edit, activate or "
                    + "delete it before starting another");
        }
        ScoringModelVersion source = models.get(from == null ? models.active().version() : from);
        Integer last = em.createQuery("select max(m.version) from ScoringModelVersion m", Integer.class)
                .getSingleResult();
        ScoringModelVersion draft = new ScoringModelVersion();
        draft.version = last == null ? 1 : last + 1;
        draft.status = ModelStatus.DRAFT;
        draft.parameters = source.parameters;
        draft.note = note == null || note.isBlank() ? "Copy of version " + source.version : note.trim();
        draft.createdBy = user;
        draft.createdAt = Instant.now(clock);
        draft.persist();
        return draft;
    }

    /** Replaces a draft's parameters (and note, when given), checked first; nothing is saved when a rule breaks. */
    @Transactional
    public ScoringModelVersion update(int version, ScoringModel parameters, String note, long expectedRevision) {
        ScoringModelVersion draft = editable(version);
        Versions.check("Scoring model version " + version, draft.revision, expectedRevision);
        int formula = models.parameters(draft).formula();
        if (parameters.formula() != formula) {
            throw new InvalidInputException("formula", "is " + formula + " in this draft, as in the version it was "
                    + "copied from, and cannot change; start a draft from a version of formula " + parameters.formula()
                    + " instead");
        }
        validate(parameters);
        draft.parameters = models.json(parameters);
        if (note != null) {
            draft.note = note.isBlank() ? null : note.trim();
        }
        em.flush();
        return draft;
    }

    /** Sets one indicator's weight in the draft, starting a draft from the active version when there is none. */
    @Transactional
    public ScoringModelVersion weighIndicator(String name, double weight, String user) {
        ScoringModelVersion draft = draft();
        if (draft == null) {
            draft = createDraft(null, "Weight of the country indicator " + name, user);
        }
        ScoringModel current = models.parameters(draft);
        Map<String, Double> weights = new LinkedHashMap<>(current.indicatorWeights());
        weights.put(name, weight);
        draft.parameters = models.json(withIndicatorWeights(current, weights));
        em.flush();
        return draft;
    }

    /** Deletes a draft; the revision it was read at must be given. */
    @Transactional
    public void delete(int version, Long expectedRevision) {
        ScoringModelVersion draft = editable(version);
        Versions.checkDelete("Scoring model version " + version, draft.revision, expectedRevision);
        draft.delete();
    }

    /**
     * Makes a draft the active version and retires the previous one, committed on its own; then rescores every
     * organization with it (ScoreService.rescoreAll runs in a transaction of its own too).
     */
    public Activation activate(int version) {
        Integer retired = QuarkusTransaction.requiringNew().call(() -> switchActive(version));
        return new Activation(version, retired, scores.rescoreAll());
    }

    private Integer switchActive(int version) {
        ScoringModelVersion draft = editable(version);
        validate(models.parameters(draft));
        Instant now = Instant.now(clock);
        Integer retired = null;
        for (ScoringModelVersion active : ScoringModelVersion.<ScoringModelVersion>list("status", ModelStatus.ACTIVE)) {
            active.status = ModelStatus.RETIRED;
            retired = active.version;
        }
        em.flush();
        draft.status = ModelStatus.ACTIVE;
        draft.activatedAt = now;
        return retired;
    }

    /** The names of the custom country indicators that exist (dev.custody.indicators). */
    public Set<String> indicatorNames() {
        return new HashSet<>(em.createQuery("select i.name from CountryIndicator i", String.class).getResultList());
    }

    private void validate(ScoringModel parameters) {
        List<FieldError> errors = ModelValidator.check(parameters, indicatorNames());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private ScoringModelVersion editable(int version) {
        ScoringModelVersion model = models.get(version);
        if (model.status != ModelStatus.DRAFT) {
            throw new ConflictException("Scoring model version " + version + " is " + model.status.name()
                    .toLowerCase(Locale.ROOT) + "; only a draft can be changed. Start a new draft from it instead");
        }
        return model;
    }

    static ScoringModel withIndicatorWeights(ScoringModel m, Map<String, Double> weights) {
        return new ScoringModel(m.cpiWeight(), weights, m.unratedCountryScore(), m.proscribedFloor(),
                m.factorWeights(), m.staleAfterMonths(), m.credibility(), m.halfLifeMonths(), m.weightGeography(),
                m.weightInsider(), m.weightIncident(), m.floorTrigger(), m.floorScore(), m.mediumFrom(),
                m.highFrom(), m.criticalFrom(), m.pMin(), m.pMax(), m.criticalityFactor(), m.legCriticality(),
                m.legGeographyWeight(),
                m.scenarioShares(), m.amortisationYears(), m.viabilityThreshold(), m.formula(), m.unknownPrior(),
                m.passThrough(), m.inspectionEffect(), m.breadthPremium(),
                m.breadthHalfAt(), m.legControlEffect());
    }
}
