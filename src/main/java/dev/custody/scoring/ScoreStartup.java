package dev.custody.scoring;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * At start, after the seeders (priorities 5 and 10) have filled an empty database: makes sure a scoring model
 * is active and rescores everything when some organization has no score or scores of another model version.
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
        if (!scores.outdated()) {
            return;
        }
        try {
            ScoreService.RescoreResult result = scores.rescoreAll();
            LOG.infof("Rescored %d organizations with scoring model %d in %d ms (%d changed)",
                    result.organizations(), result.modelVersion(), result.durationMillis(), result.changed());
        } catch (RuntimeException e) {
            // Another instance starting at the same time may have written the same scores first.
            LOG.errorf(e, "Rescore at start failed; POST /api/scores/rescore repeats it");
        }
    }
}
