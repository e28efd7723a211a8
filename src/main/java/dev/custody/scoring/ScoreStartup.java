package dev.custody.scoring;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * At start, after the seeders (priorities 5 and 10) have filled an empty database: makes sure a scoring model is
 * active, builds the scoring engine from the database and persists the scores that differ from the stored ones (a
 * new day, organizations a seed wrote); unchanged scores are not rewritten.
 */
@ApplicationScoped
public class ScoreStartup {
    private static final Logger LOG = Logger.getLogger(ScoreStartup.class);

    @Inject
    ScoringModelService models;
    @Inject
    ScoreService scores;

    void onStart(@Observes @Priority(30) StartupEvent start) {
        models.ensureDefault();
        long started = System.nanoTime();
        try {
            int written = scores.start();
            LOG.infof("Scores at start: %d written in %d ms", written, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // Another instance starting at the same time may have written the same scores first.
            LOG.errorf(e, "Persisting the scores at start failed; POST /api/scores/rescore repeats it");
        }
    }
}
