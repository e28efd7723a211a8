package dev.custody.seeding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Claims a named seed once per database, inside the seed's own transaction: when several instances start
 * together, the row's primary key lets exactly one commit; the others fail on the key and roll back whole.
 */
@ApplicationScoped
public class SeedLock {
    @Inject
    EntityManager em;

    /** Claims the seed; false when it already ran here. A concurrent claim fails the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String name) {
        if (em.find(SeedRun.class, name) != null) {
            return false;
        }
        em.persist(new SeedRun(name, Instant.now()));
        em.flush();
        return true;
    }

    /** Whether the seed's claim is committed, by this or another instance. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean ranElsewhere(String name) {
        return em.find(SeedRun.class, name) != null;
    }
}
