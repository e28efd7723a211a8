package dev.custody.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;

/**
 * Serialises the writes that must see the whole graph (supply links): the cycle check reads links that a
 * concurrent transaction could be adding, so each such write first locks the one row of network_lock
 * until it commits. Several instances sharing a database are serialised the same way.
 */
@ApplicationScoped
public class NetworkLock {
    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void acquire() {
        em.find(Row.class, 1, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The locked row. */
    @Entity
    @Table(name = "network_lock")
    public static class Row {
        @Id
        public Integer id;
    }
}
