package dev.custody.scoring;

import dev.custody.network.NetworkLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.transaction.Transactional;

/**
 * Serialises rescores, on every instance sharing the database: a rescore locks row 2 of network_lock before it
 * reads any fact and keeps it until its transaction ends. Two transactions that change two suppliers of the
 * same buyer then rescore that buyer one after the other, the second from what the first committed, instead
 * of each from its own snapshot with the last commit winning.
 *
 * <p>Deadlock-free with the supply-link lock (row 1): a supply-link write takes row 1 when it starts and row 2
 * only when it rescores, just before commit; nothing takes row 1 after row 2. While holding row 2 a rescore
 * writes score rows only, which no edit locks before its own rescore.
 */
@ApplicationScoped
public class ScoreLock {
    static final int ROW = 2;
    /** H2 gives up on a lock after about 2 s, PostgreSQL waits; this many tries cover a large full rescore. */
    static final int ATTEMPTS = 60;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void acquire() {
        for (int attempt = 1;; attempt++) {
            try {
                em.find(NetworkLock.Row.class, ROW, LockModeType.PESSIMISTIC_WRITE);
                return;
            } catch (LockTimeoutException e) {
                // Only the statement failed, not the transaction: wait again for the rescore holding the lock.
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
