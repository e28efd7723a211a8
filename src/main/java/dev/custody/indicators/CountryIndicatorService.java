package dev.custody.indicators;

import dev.custody.scoring.ActiveModel;
import dev.custody.scoring.Dependents;
import dev.custody.scoring.ModelAdminService;
import dev.custody.scoring.ModelStatus;
import dev.custody.scoring.ScoreService;
import dev.custody.scoring.ScoringModelService;
import dev.custody.scoring.ScoringModelVersion;
import dev.custody.web.ConflictException;
import dev.custody.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Imports custom country indicators all or nothing, and keeps scores honest about them: a new indicator's weight
 * goes into the draft model (to preview and activate), a re-import of an indicator the active model weighs
 * rescores the organizations in the countries it touches at once.
 */
@ApplicationScoped
public class CountryIndicatorService {
    /** What an import did: created or replaced, countries, the draft that holds the weight, organizations rescored. */
    public record Outcome(String name, boolean created, int countries, Integer draftVersion, int rescored,
            String message) {
    }

    @Inject
    EntityManager em;
    @Inject
    ScoringModelService models;
    @Inject
    ModelAdminService admin;
    @Inject
    ScoreService scores;
    @Inject
    Dependents dependents;
    @Inject
    Clock clock;

    @Transactional
    public Outcome importFile(IndicatorRequest request, byte[] file, String user) {
        IndicatorRequest.Checked meta = request.check();
        Set<String> countries = new HashSet<>(em.createQuery("select c.iso2 from Country c", String.class)
                .getResultList());
        IndicatorFile.Parsed parsed = IndicatorFile.read(file, countries);
        if (!parsed.errors().isEmpty()) {
            throw new IndicatorImportException(parsed.errors());
        }
        CountryIndicator indicator = CountryIndicator.byName(meta.name());
        boolean created = indicator == null;
        Set<String> touched = new HashSet<>(parsed.values().keySet());
        if (created) {
            indicator = new CountryIndicator();
            indicator.name = meta.name();
        } else {
            touched.addAll(isoCodes(indicator));
            CountryIndicatorValue.delete("indicator", indicator);
        }
        indicator.direction = meta.direction();
        indicator.description = meta.description();
        indicator.source = meta.source();
        indicator.importedBy = user;
        indicator.importedAt = Instant.now(clock);
        indicator.persist();
        save(indicator, parsed.values(), IndicatorFile.normalise(parsed.values(), meta.direction()));
        return weigh(meta, created, parsed.values().size(), touched, user);
    }

    /** A new weight goes into the draft; values of an indicator the active model weighs count from now on. */
    private Outcome weigh(IndicatorRequest.Checked meta, boolean created, int count, Set<String> touched, String user) {
        ActiveModel active = models.active();
        Double activeWeight = active.model().indicatorWeights().get(meta.name());
        int rescored = 0;
        String message = (created ? "Imported " : "Replaced the values of ") + meta.name() + " for " + count
                + " countries. ";
        if (activeWeight != null) {
            em.flush();
            Set<Long> affected = new HashSet<>();
            touched.forEach(iso2 -> affected.addAll(dependents.inCountry(iso2)));
            rescored = affected.isEmpty() ? 0 : scores.rescore(affected);
            message += "The active model version " + active.version() + " weighs it: " + rescored
                    + " organizations were rescored. ";
        }
        Integer draft = null;
        if (activeWeight == null || activeWeight != meta.weight()) {
            draft = admin.weighIndicator(meta.name(), meta.weight(), user).version;
            message += "Its weight " + meta.weight() + " was put into draft version " + draft
                    + ": preview and activate that version for scores to use it.";
        }
        return new Outcome(meta.name(), created, count, draft, rescored, message.trim());
    }

    private void save(CountryIndicator indicator, Map<String, Double> values, Map<String, Double> risks) {
        values.forEach((iso2, value) -> {
            CountryIndicatorValue v = new CountryIndicatorValue();
            v.indicator = indicator;
            v.iso2 = iso2;
            v.rawValue = value;
            v.risk = risks.get(iso2);
            v.persist();
        });
    }

    private List<String> isoCodes(CountryIndicator indicator) {
        return em.createQuery("select v.iso2 from CountryIndicatorValue v where v.indicator = :i", String.class)
                .setParameter("i", indicator).getResultList();
    }

    public List<IndicatorView> list() {
        Map<String, Double> active = models.active().model().indicatorWeights();
        Map<String, Double> draft = draftWeights();
        Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] r : em.createQuery("select v.indicator.id, count(v) from CountryIndicatorValue v "
                + "group by v.indicator.id", Object[].class).getResultList()) {
            counts.put((Long) r[0], (Long) r[1]);
        }
        return CountryIndicator.<CountryIndicator>list("order by name").stream()
                .map(i -> IndicatorView.of(i, counts.getOrDefault(i.id, 0L).intValue(), active.get(i.name),
                        draft == null ? null : draft.get(i.name), null))
                .toList();
    }

    public IndicatorView get(String name) {
        CountryIndicator indicator = find(name);
        List<IndicatorView.Value> values = em.createQuery("select new dev.custody.indicators.IndicatorView$Value("
                + "v.iso2, c.name, v.rawValue, v.risk) from CountryIndicatorValue v, Country c where c.iso2 = v.iso2 "
                + "and v.indicator = :i order by v.iso2", IndicatorView.Value.class).setParameter("i", indicator)
                .getResultList();
        Map<String, Double> draft = draftWeights();
        return IndicatorView.of(indicator, values.size(), models.active().model().indicatorWeights().get(name),
                draft == null ? null : draft.get(name), values);
    }

    /** Deletes an indicator no draft or active model weighs. */
    @Transactional
    public void delete(String name) {
        CountryIndicator indicator = find(name);
        for (ScoringModelVersion version : models.list()) {
            if (version.status != ModelStatus.RETIRED
                    && models.parameters(version).indicatorWeights().containsKey(name)) {
                throw new ConflictException("Scoring model version " + version.version + " ("
                        + version.status.name().toLowerCase(java.util.Locale.ROOT) + ") weighs " + name
                        + "; remove its weight there (and activate) before deleting the indicator");
            }
        }
        indicator.delete();
    }

    private Map<String, Double> draftWeights() {
        ScoringModelVersion draft = admin.draft();
        return draft == null ? null : models.parameters(draft).indicatorWeights();
    }

    private static CountryIndicator find(String name) {
        CountryIndicator indicator = CountryIndicator.byName(name);
        if (indicator == null) {
            throw new NotFoundException("Country indicator", Objects.requireNonNull(name));
        }
        return indicator;
    }
}
