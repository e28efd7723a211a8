package dev.custody.scoring;

import dev.custody.platform.events.BandChanged;
import dev.custody.platform.events.PlatformEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Persists the engine's scores: current scores and their history, written through JDBC batches (a rescore touches up
 * to every organization), only the rows whose numbers differ from what is stored; a history row when a score moved
 * or was computed with another model version.
 */
@ApplicationScoped
public class ScoreStore {
    static final int BATCH = 1000;
    private static final String COLUMNS = "model_version, computed_at, geography, insider, insider_low, insider_high, "
            + "incident, assessed_share, own_score, own_low, own_high, own_band, p_own, base, p_eff, p_eff_low, "
            + "p_eff_high, inherited, inherited_low, inherited_high, band";
    private static final String UPDATE = "update score_current set " + COLUMNS.replace(",", " = ?,") + " = ? "
            + "where organization_id = ?";
    private static final String INSERT = "insert into score_current (" + COLUMNS + ", organization_id) values ("
            + "?, ".repeat(21) + "?)";
    private static final String HISTORY = "insert into score_history (organization_id, model_version, computed_at, "
            + "geography, insider, incident, own_score, inherited, inherited_low, inherited_high, band) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String READ = "select organization_id, model_version, geography, insider, insider_low, "
            + "insider_high, incident, assessed_share, own_score, own_low, own_high, base, p_eff, p_eff_low, "
            + "p_eff_high, inherited, inherited_low, inherited_high, band from score_current";

    /**
     * The explanation of a current score: the own score by dimension (and floor), each dimension by its factors,
     * sites, country rules or incidents (on that dimension's scale), and the inherited score by supplier link and
     * custody leg. Computed by the engine on demand.
     */
    public record StoredContributions(List<Contribution> own, List<Contribution> geography,
            List<Contribution> insider, List<Contribution> incident, List<Contribution> inherited) {
        static final int MAX_CONTRIBUTIONS = 100;

        /** The explanation of a scored organization, each list capped at its largest contributions. */
        public static StoredContributions of(ScoredOrganization scored) {
            OwnScore own = scored.own();
            return new StoredContributions(capped(own.contributions()), capped(own.geography().contributions()),
                    capped(own.insider().contributions()), capped(own.incident().contributions()),
                    capped(scored.inherited().contributions()));
        }

        private static List<Contribution> capped(List<Contribution> contributions) {
            return contributions.size() <= MAX_CONTRIBUTIONS ? contributions
                    : List.copyOf(contributions.subList(0, MAX_CONTRIBUTIONS));
        }
    }

    /** What a run wrote: current scores inserted or changed, history rows appended. */
    public record Written(int changed, int history) {
    }

    /** The numbers of a stored score that a rescore compares, and its inherited band. */
    record Stored(int modelVersion, double[] values, Band band) {
    }

    @Inject
    EntityManager em;
    @Inject
    Event<PlatformEvent> events;

    /** Writes the scores that differ from the stored ones (all: ids null), under this model version. */
    public Written write(Collection<NodeScore> scores, int modelVersion, Instant computedAt, boolean all) {
        em.flush();
        OffsetDateTime at = OffsetDateTime.ofInstant(computedAt, ZoneOffset.UTC);
        int[] counts = new int[2];
        List<NodeScore> bandMoved = new ArrayList<>();
        Map<Long, Band> bandBefore = new HashMap<>();
        em.unwrap(Session.class).doWork(connection -> {
            Map<Long, Stored> stored = read(connection, all ? null : scores.stream().map(NodeScore::organizationId)
                    .toList());
            try (PreparedStatement insert = connection.prepareStatement(INSERT);
                    PreparedStatement update = connection.prepareStatement(UPDATE);
                    PreparedStatement history = connection.prepareStatement(HISTORY)) {
                int pending = 0;
                for (NodeScore s : scores) {
                    Stored row = stored.get(s.organizationId());
                    double[] values = values(s);
                    if (row != null && row.modelVersion() == modelVersion && java.util.Arrays.equals(row.values(), values)) {
                        continue;
                    }
                    if (row != null && row.band() != s.band()) {
                        bandMoved.add(s);
                        bandBefore.put(s.organizationId(), row.band());
                    }
                    PreparedStatement target = row == null ? insert : update;
                    bind(target, s, modelVersion, at);
                    target.addBatch();
                    counts[0]++;
                    if (row == null || row.modelVersion() != modelVersion || moved(row.values(), values)) {
                        bindHistory(history, s, modelVersion, at);
                        history.addBatch();
                        counts[1]++;
                    }
                    if (++pending >= BATCH) {
                        execute(insert, update, history);
                        pending = 0;
                    }
                }
                execute(insert, update, history);
            }
        });
        bandChanges(bandMoved, bandBefore, modelVersion).forEach(events::fire);
        return new Written(counts[0], counts[1]);
    }

    /** A BandChanged (webhooks) for each score whose stored inherited band moved, named in one query per chunk. */
    private List<BandChanged> bandChanges(List<NodeScore> moved, Map<Long, Band> before, int modelVersion) {
        if (moved.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        for (List<Long> chunk : FactsLoader.chunks(moved.stream().map(NodeScore::organizationId).toList())) {
            for (Object[] r : em.createQuery("select o.id, o.name from Organization o where o.id in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                names.put((Long) r[0], (String) r[1]);
            }
        }
        return moved.stream().map(s -> new BandChanged(s.organizationId(), names.get(s.organizationId()),
                before.get(s.organizationId()), s.band(), modelVersion)).toList();
    }

    /** Deletes the score rows of organizations no longer in the network (their rows usually went with them). */
    public void deleteOthers(Collection<Long> keep) {
        List<Long> stale = new ArrayList<>();
        java.util.Set<Long> kept = new java.util.HashSet<>(keep);
        for (Long id : em.createQuery("select s.organizationId from CurrentScore s", Long.class).getResultList()) {
            if (!kept.contains(id)) {
                stale.add(id);
            }
        }
        for (List<Long> chunk : FactsLoader.chunks(stale)) {
            em.createQuery("delete from CurrentScore s where s.organizationId in :ids").setParameter("ids", chunk)
                    .executeUpdate();
        }
    }

    private static void execute(PreparedStatement... batches) throws SQLException {
        for (PreparedStatement batch : batches) {
            batch.executeBatch();
        }
    }

    private static Map<Long, Stored> read(java.sql.Connection connection, List<Long> ids) throws SQLException {
        Map<Long, Stored> stored = new HashMap<>();
        List<List<Long>> chunks = ids == null ? java.util.Collections.singletonList(null) : FactsLoader.chunks(ids);
        for (List<Long> chunk : chunks) {
            String sql = chunk == null ? READ : READ + " where organization_id in (" + "?,".repeat(chunk.size())
                    .replaceAll(",$", "") + ")";
            if (chunk != null && chunk.isEmpty()) {
                continue;
            }
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; chunk != null && i < chunk.size(); i++) {
                    select.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        double[] values = new double[16];
                        for (int c = 0; c < values.length; c++) {
                            values[c] = r.getDouble(c + 3);
                        }
                        stored.put(r.getLong(1), new Stored(r.getInt(2), values, Band.valueOf(r.getString(19))));
                    }
                }
            }
        }
        return stored;
    }

    /** The numbers of a score in the order of READ's columns from geography on. */
    private static double[] values(NodeScore s) {
        return new double[] {s.geography(), s.insider(), s.insiderLow(), s.insiderHigh(), s.incident(),
            s.assessedShare(), s.own(), s.ownLow(), s.ownHigh(), s.base(), s.pEff(), s.pEffLow(), s.pEffHigh(),
            s.inherited(), s.inheritedLow(), s.inheritedHigh()};
    }

    /** A move worth a history row: a shown number (dimensions, own, inherited and its range) changed. */
    private static boolean moved(double[] before, double[] after) {
        int[] shown = {0, 1, 4, 6, 13, 14, 15};
        for (int c : shown) {
            if (Math.round(before[c] * 100) != Math.round(after[c] * 100)) {
                return true;
            }
        }
        return false;
    }

    private static void bind(PreparedStatement row, NodeScore s, int modelVersion, OffsetDateTime at)
            throws SQLException {
        row.setInt(1, modelVersion);
        row.setObject(2, at);
        double[] v = {s.geography(), s.insider(), s.insiderLow(), s.insiderHigh(), s.incident(), s.assessedShare(),
            s.own(), s.ownLow(), s.ownHigh()};
        for (int i = 0; i < v.length; i++) {
            row.setDouble(3 + i, v[i]);
        }
        row.setString(12, s.ownBand().name());
        double[] w = {s.pOwn(), s.base(), s.pEff(), s.pEffLow(), s.pEffHigh(), s.inherited(), s.inheritedLow(),
            s.inheritedHigh()};
        for (int i = 0; i < w.length; i++) {
            row.setDouble(13 + i, w[i]);
        }
        row.setString(21, s.band().name());
        row.setLong(22, s.organizationId());
    }

    private static void bindHistory(PreparedStatement history, NodeScore s, int modelVersion, OffsetDateTime at)
            throws SQLException {
        history.setLong(1, s.organizationId());
        history.setInt(2, modelVersion);
        history.setObject(3, at);
        history.setDouble(4, s.geography());
        history.setDouble(5, s.insider());
        history.setDouble(6, s.incident());
        history.setDouble(7, s.own());
        history.setDouble(8, s.inherited());
        history.setDouble(9, s.inheritedLow());
        history.setDouble(10, s.inheritedHigh());
        history.setString(11, s.band().name());
    }
}
