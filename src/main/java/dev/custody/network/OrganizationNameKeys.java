package dev.custody.network;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Brings names stored before names were normalised (migration V16) into the stored form, at start-up before the
 * seeds: each organization without a name key gets its cleaned name (Names.clean) and key. One whose name reads
 * the same as an organization already keyed (an earlier id wins) is renamed "name (duplicate of organization N)",
 * so nothing is deleted or merged behind anyone's back: the change history shows the rename by "system" and an
 * analyst merges or deletes the duplicate. Several instances starting together: the loser of a race retries.
 */
@ApplicationScoped
public class OrganizationNameKeys {
    static final int CHUNK = 500;
    static final int ATTEMPTS = 5;
    static final String DUPLICATE = " (duplicate of organization %d)";
    /** The longest name (organization.name, OrganizationInput). */
    static final int MAX_NAME = 200;
    private static final Logger LOG = Logger.getLogger(OrganizationNameKeys.class);

    void onStart(@Observes @Priority(5) StartupEvent start) {
        int filled = fill();
        if (filled > 0) {
            LOG.infof("Normalised the names of %d organizations stored before names were normalised", filled);
        }
    }

    /** Fills the key of every organization that has none; answers how many it filled. */
    public int fill() {
        int filled = 0;
        int failures = 0;
        while (true) {
            try {
                int chunk = QuarkusTransaction.requiringNew().call(this::fillChunk);
                if (chunk == 0) {
                    return filled;
                }
                filled += chunk;
            } catch (PersistenceException e) {
                // Another instance filled (or renamed) the same rows first; what is left is filled next time round.
                if (++failures >= ATTEMPTS) {
                    throw e;
                }
                LOG.infof("Organization names were being normalised elsewhere (%s); trying again", e.getMessage());
            }
        }
    }

    private int fillChunk() {
        List<Organization> rows = Organization.<Organization>find("nameKey is null order by id").page(0, CHUNK).list();
        for (Organization organization : rows) {
            String clean = Names.clean(organization.name);
            Organization same = Organization.<Organization>find("nameKey = ?1", Names.key(clean)).firstResult();
            if (same != null) {
                String renamed = renamed(clean, same.id);
                LOG.warnf("Organization %d \"%s\" reads the same as organization %d \"%s\": renamed \"%s\"",
                        organization.id, organization.name, same.id, same.name, renamed);
                organization.name = renamed;
                organization.nameKey = Names.key(renamed);
            } else if (!clean.equals(organization.name)) {
                organization.name = clean;
                organization.nameKey = Names.key(clean);
            } else {
                // Only the key is new: a bulk update, so neither the version nor the history changes (the managed
                // entity keeps its null key and is not written).
                Organization.update("nameKey = ?1 where id = ?2", Names.key(clean), organization.id);
            }
            Organization.flush();
        }
        return rows.size();
    }

    static String renamed(String clean, long duplicateOf) {
        String suffix = String.format(DUPLICATE, duplicateOf);
        int room = Math.max(0, MAX_NAME - suffix.length());
        return (clean.length() <= room ? clean : clean.substring(0, room).strip()) + suffix;
    }
}
