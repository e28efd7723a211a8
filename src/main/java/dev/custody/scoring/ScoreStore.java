package dev.custody.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.platform.events.BandChanged;
import dev.custody.platform.events.PlatformEvent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * Reads and writes current scores and their history. Writes go through JDBC batches: a rescore touches up to
 * every organization, and only the rows that changed, without loading their explanations.
 */
@ApplicationScoped
public class ScoreStore {
    /** Each explanation list keeps its largest contributions; a hub with thousands of suppliers stays readable. */
    static final int MAX_CONTRIBUTIONS = 100;
    private static final String UPDATE = "update score_current set model_version = ?, computed_at = ?, "
            + "geography = ?, insider = ?, incident = ?, own_score = ?, own_band = ?, p_own = ?, p_eff = ?, "
            + "inherited = ?, band = ?, fingerprint = ? where organization_id = ?";
    private static final String INSERT = "insert into score_current (model_version, computed_at, geography, insider, "
            + "incident, own_score, own_band, p_own, p_eff, inherited, band, fingerprint, organization_id) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_EXPLANATION = "update score_explanation set contributions = ? "
            + "where organization_id = ?";
    private static final String INSERT_EXPLANATION = "insert into score_explanation (contributions, organization_id) "
            + "values (?, ?)";
    private static final String HISTORY = "insert into score_history (organization_id, model_version, computed_at, "
            + "geography, insider, incident, own_score, inherited, band) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * The stored explanation of a current score: the own score by dimension (and floor), each dimension by its
     * factors, sites, country rules or incidents (on that dimension's scale), and the inherited score by supplier
     * link and custody leg.
     */
    public record StoredContributions(List<Contribution> own, List<Contribution> geography,
            List<Contribution> insider, List<Contribution> incident, List<Contribution> inherited) {
    }

    /** What a run wrote: current scores inserted or changed, history rows appended. */
    public record Written(int changed, int history) {
    }

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    Event<PlatformEvent> events;

    /** The stored p_eff and inherited score of those of these organizations that have a score. */
    public Map<Long, NetworkScorer.Upstream> upstream(Collection<Long> ids) {
        Map<Long, NetworkScorer.Upstream> found = new HashMap<>();
        for (Object[] r : select("select s.organizationId, s.pEff, s.inherited from CurrentScore s", ids)) {
            found.put((Long) r[0], new NetworkScorer.Upstream((Double) r[1], (Double) r[2]));
        }
        return found;
    }

    /** A writer for one rescore of these organizations (null: all), against their stored scores. */
    public ScoreWriter writer(int modelVersion, Instant computedAt, Collection<Long> ids) {
        Map<Long, ScoreComparison.Stored> stored = new HashMap<>();
        for (Object[] r : select("select s.organizationId, s.modelVersion, s.geography, s.insider, s.incident, "
                + "s.ownScore, s.ownBand, s.pOwn, s.pEff, s.inherited, s.band, s.fingerprint from CurrentScore s", ids)) {
            stored.put((Long) r[0], new ScoreComparison.Stored((Integer) r[1], (Double) r[2], (Double) r[3],
                    (Double) r[4], (Double) r[5], (Band) r[6], (Double) r[7], (Double) r[8], (Double) r[9],
                    (Band) r[10], (Long) r[11]));
        }
        return new ScoreWriter(this, modelVersion, computedAt, stored);
    }

    /** The explanation of an organization's current score, if it has one. */
    public Optional<StoredContributions> contributions(long organizationId) {
        ScoreExplanation explanation = ScoreExplanation.findById(organizationId);
        if (explanation == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(explanation.contributions, StoredContributions.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoredContributions explanation(ScoredOrganization scored) {
        OwnScore own = scored.own();
        return new StoredContributions(capped(own.contributions()), capped(own.geography().contributions()),
                capped(own.insider().contributions()), capped(own.incident().contributions()),
                capped(scored.inherited().contributions()));
    }

    /** A 64-bit FNV-1a hash of everything an explanation shows. */
    static long fingerprint(StoredContributions explanation) {
        long hash = 0xcbf29ce484222325L;
        for (List<Contribution> list : List.of(explanation.own(), explanation.geography(), explanation.insider(),
                explanation.incident(), explanation.inherited())) {
            for (Contribution c : list) {
                hash = mix(mix(mix(mix(hash, c.kind().name()), c.label()), c.detail()),
                        Long.toString(Double.doubleToLongBits(c.points())));
                // The reference too: an explanation stored without references is rewritten by the next rescore.
                hash = mix(hash, String.valueOf(c.ref()));
            }
            hash = mix(hash, "|");
        }
        return hash;
    }

    private static long mix(long hash, String text) {
        long h = hash;
        String value = text == null ? "\u0000" : text;
        for (int i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * 0x100000001b3L;
        }
        return (h ^ 0x1f) * 0x100000001b3L;
    }

    private static List<Contribution> capped(List<Contribution> contributions) {
        return contributions.size() <= MAX_CONTRIBUTIONS ? contributions
                : contributions.subList(0, MAX_CONTRIBUTIONS);
    }

    /** Rows of a select whose first column is an organization id among ids (null: all). */
    private List<Object[]> select(String query, Collection<Long> ids) {
        if (ids == null || ids.size() > FactsLoader.SCAN_ALL_ABOVE) {
            List<Object[]> rows = em.createQuery(query, Object[].class).getResultList();
            if (ids == null) {
                return rows;
            }
            Set<Long> wanted = new HashSet<>(ids);
            return rows.stream().filter(r -> wanted.contains((Long) r[0])).toList();
        }
        return FactsLoader.chunks(List.copyOf(ids)).stream().flatMap(chunk -> em.createQuery(
                query + " where s.organizationId in :ids", Object[].class).setParameter("ids", chunk)
                .getResultList().stream()).toList();
    }

    /** Writes a batch; pending changes of the persistence context go first (a new organization's row, say). */
    void write(List<ScoreWriter.Pending> pending, int modelVersion, Instant computedAt) {
        em.flush();
        OffsetDateTime at = OffsetDateTime.ofInstant(computedAt, ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT);
                    PreparedStatement update = connection.prepareStatement(UPDATE);
                    PreparedStatement insertExplanation = connection.prepareStatement(INSERT_EXPLANATION);
                    PreparedStatement updateExplanation = connection.prepareStatement(UPDATE_EXPLANATION);
                    PreparedStatement history = connection.prepareStatement(HISTORY)) {
                for (ScoreWriter.Pending p : pending) {
                    PreparedStatement row = p.exists() ? update : insert;
                    bind(row, p, modelVersion, at);
                    row.addBatch();
                    if (p.explain()) {
                        PreparedStatement explanation = p.exists() ? updateExplanation : insertExplanation;
                        explanation.setString(1, json(p.explanation()));
                        explanation.setLong(2, p.scored().organizationId());
                        explanation.addBatch();
                    }
                    if (p.moved()) {
                        bindHistory(history, p.scored(), modelVersion, at);
                        history.addBatch();
                    }
                }
                for (PreparedStatement batch : List.of(insert, update, insertExplanation, updateExplanation, history)) {
                    batch.executeBatch();
                }
            }
        });
        bandChanges(pending, modelVersion).forEach(events::fire);
    }

    /** A BandChanged for each score of the batch whose stored inherited band moved, named in one query. */
    private List<BandChanged> bandChanges(List<ScoreWriter.Pending> pending, int modelVersion) {
        List<ScoreWriter.Pending> moved = pending.stream()
                .filter(p -> p.previousBand() != null && p.previousBand() != p.scored().inherited().band()).toList();
        if (moved.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        for (Object[] r : em.createQuery("select o.id, o.name from Organization o where o.id in :ids", Object[].class)
                .setParameter("ids", moved.stream().map(p -> p.scored().organizationId()).toList()).getResultList()) {
            names.put((Long) r[0], (String) r[1]);
        }
        return moved.stream().map(p -> new BandChanged(p.scored().organizationId(),
                names.get(p.scored().organizationId()), p.previousBand(), p.scored().inherited().band(), modelVersion))
                .toList();
    }

    private static void bind(PreparedStatement row, ScoreWriter.Pending p, int modelVersion, OffsetDateTime at)
            throws SQLException {
        OwnScore own = p.scored().own();
        InheritedScore inherited = p.scored().inherited();
        row.setInt(1, modelVersion);
        row.setObject(2, at);
        row.setDouble(3, own.geography().score());
        row.setDouble(4, own.insider().score());
        row.setDouble(5, own.incident().score());
        row.setDouble(6, own.score());
        row.setString(7, own.band().name());
        row.setDouble(8, inherited.pOwn());
        row.setDouble(9, inherited.pEff());
        row.setDouble(10, inherited.score());
        row.setString(11, inherited.band().name());
        row.setLong(12, p.fingerprint());
        row.setLong(13, p.scored().organizationId());
    }

    private static void bindHistory(PreparedStatement history, ScoredOrganization s, int modelVersion,
            OffsetDateTime at) throws SQLException {
        history.setLong(1, s.organizationId());
        history.setInt(2, modelVersion);
        history.setObject(3, at);
        history.setDouble(4, s.own().geography().score());
        history.setDouble(5, s.own().insider().score());
        history.setDouble(6, s.own().incident().score());
        history.setDouble(7, s.own().score());
        history.setDouble(8, s.inherited().score());
        history.setString(9, s.inherited().band().name());
    }

    private String json(StoredContributions explanation) {
        try {
            return mapper.writeValueAsString(explanation);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
