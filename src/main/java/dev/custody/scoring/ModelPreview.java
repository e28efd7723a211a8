package dev.custody.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.custody.network.OrganizationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * What a model version would change: the whole network scored in memory with it (nothing is written) and
 * compared with the current scores, by band and by the organizations that move most.
 */
@ApplicationScoped
public class ModelPreview {
    static final int MOVERS = 20;

    /** How many organizations (and vendors among them) go from one band to another; from == to: unchanged. */
    public record BandChange(Band from, Band to, int organizations, int vendors) {
    }

    /** One organization whose inherited score moves: before (current) and after (the previewed version). */
    public record Mover(long id, String name, boolean vendor, double ownBefore, double ownAfter,
            double inheritedBefore, double inheritedAfter, Band bandBefore, Band bandAfter) {
        @JsonProperty
        public double change() {
            return inheritedAfter - inheritedBefore;
        }
    }

    /**
     * The comparison: organizations scored and compared (those without a current score are left out), band
     * changes as a full from-to matrix, mean and largest absolute change of the inherited score, top movers.
     */
    public record Result(int version, int activeVersion, int organizations, int compared, int changedBand,
            int vendorsChangedBand, List<BandChange> matrix, double meanChange, double maxChange,
            List<Mover> movers) {

        public BandChange cell(Band from, Band to) {
            return matrix.get(from.ordinal() * Band.values().length + to.ordinal());
        }
    }

    private record Before(double own, double inherited, Band band) {
    }

    @Inject
    ScoringModelService models;
    @Inject
    ScoringEngine engine;
    @Inject
    EntityManager em;

    /** The network scored with the version in memory (a copy of the engine's graph), compared with the current one. */
    @Transactional
    public Result preview(int version) {
        ScoringModel model = models.parameters(models.get(version));
        Set<Long> vendors = new HashSet<>(em.createQuery("select o.id from Organization o where o.kind = :kind",
                Long.class).setParameter("kind", OrganizationKind.VENDOR).getResultList());
        Map<Long, Before> before = new HashMap<>();
        // Only the copy of the facts and scores holds the engine's read lock; the scoring runs outside it.
        NetworkFacts network = engine.read(current -> {
            for (long id : current.ids()) {
                NodeScore s = current.score(id);
                before.put(id, new Before(s.own(), s.inherited(), s.band()));
            }
            return current.facts();
        });
        ScoringGraph previewed = ScoringGraph.of(network, model, engine.today());
        Comparison comparison = new Comparison(vendors);
        long[] ids = previewed.ids();
        for (long id : ids) {
            Before b = before.get(id);
            NodeScore s = previewed.score(id);
            if (b != null) {
                comparison.add(new Mover(id, previewed.organization(id).name(), vendors.contains(id), b.own(),
                        s.own(), b.inherited(), s.inherited(), b.band(), s.band()));
            }
        }
        return comparison.result(version, models.active().version(), ids.length);
    }

    /** Counts as the scores stream by, keeping only the largest movers. */
    private static final class Comparison {
        private final Set<Long> vendors;
        private final int[][] organizations = new int[Band.values().length][Band.values().length];
        private final int[][] vendorCounts = new int[Band.values().length][Band.values().length];
        private final PriorityQueue<Mover> largest = new PriorityQueue<>(
                Comparator.comparingDouble((Mover m) -> Math.abs(m.change())).thenComparing(Mover::id));
        private int compared;
        private double total;
        private double max;

        Comparison(Set<Long> vendors) {
            this.vendors = vendors;
        }

        void add(Mover m) {
            compared++;
            organizations[m.bandBefore().ordinal()][m.bandAfter().ordinal()]++;
            if (vendors.contains(m.id())) {
                vendorCounts[m.bandBefore().ordinal()][m.bandAfter().ordinal()]++;
            }
            double change = Math.abs(m.change());
            total += change;
            max = Math.max(max, change);
            if (change > 0) {
                largest.add(m);
                if (largest.size() > MOVERS) {
                    largest.poll();
                }
            }
        }

        Result result(int version, int active, int scored) {
            List<BandChange> matrix = new ArrayList<>();
            int changed = 0;
            int vendorsChanged = 0;
            for (Band from : Band.values()) {
                for (Band to : Band.values()) {
                    int o = organizations[from.ordinal()][to.ordinal()];
                    int v = vendorCounts[from.ordinal()][to.ordinal()];
                    matrix.add(new BandChange(from, to, o, v));
                    changed += from == to ? 0 : o;
                    vendorsChanged += from == to ? 0 : v;
                }
            }
            List<Mover> movers = largest.stream().sorted(Comparator.comparingDouble((Mover m) -> -Math.abs(m.change()))
                    .thenComparing(Mover::id)).toList();
            return new Result(version, active, scored, compared, changed, vendorsChanged, matrix,
                    compared == 0 ? 0 : total / compared, max, movers);
        }
    }
}
