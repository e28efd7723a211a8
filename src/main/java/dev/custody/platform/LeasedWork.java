package dev.custody.platform;

import java.time.Instant;
import java.util.Collection;

/**
 * A kind of work instances lease (report generations, scheduled runs): each row names the instance that runs it and
 * carries a heartbeat. Leases refreshes the heartbeat of the keys this instance holds and, on every instance, asks
 * each kind to settle the rows whose instance died.
 *
 * @param <K> the key of one piece of work (a snapshot id, a job and date)
 */
public interface LeasedWork<K> {
    /** What the work is, for the log ("report", "scheduled run"). */
    String kind();

    /** Writes the heartbeat of these keys, where this owner still holds them. */
    void heartbeat(String owner, Collection<K> keys, Instant now);

    /**
     * Settles the work whose last sign of life is older than the cutoff (its instance died): takes it over (and
     * holds it through leases) or fails it with the reason in words; work this instance holds is alive and left
     * alone. Answers how many it settled. Two instances sweeping at once settle each row once (guarded updates).
     */
    int sweep(Leases leases, Instant cutoff, Instant now);
}
