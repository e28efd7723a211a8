package dev.custody.scoring;

import dev.custody.network.NetworkEvents.NetworkChanged;
import dev.custody.reference.CountryChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;

/**
 * Rescores at the end of the changing transaction, once, whatever the number of changes in it: the changed
 * organizations are collected while the transaction runs and rescored just before it commits, so that the
 * response and the next read already show the new scores, and a failed rescore rolls the change back.
 */
@ApplicationScoped
public class RescoreOnChange {
    private static final String CHANGED = RescoreOnChange.class.getName() + ".changed";

    @Inject
    TransactionManager transactions;
    @Inject
    TransactionSynchronizationRegistry transaction;
    @Inject
    ScoreService scores;
    @Inject
    Dependents dependents;

    /**
     * Joins every transaction as it begins. Synchronizations run in the order they were registered, and
     * Hibernate registers its own (which flushes) when the persistence context first joins the transaction:
     * registered later, as by a transactional observer, the rescore's writes would come after the last flush.
     */
    void begun(@Observes @Initialized(TransactionScoped.class) Object transactionId)
            throws RollbackException, SystemException {
        transactions.getTransaction().registerSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                rescoreCollected();
            }

            @Override
            public void afterCompletion(int status) {
                // Nothing to clean up: the collected set lives and dies with the transaction.
            }
        });
    }

    void collect(@Observes NetworkChanged changed) {
        collect(Set.of(changed.organizationId()));
    }

    void collect(@Observes CountryChanged changed) {
        collect(dependents.inCountry(changed.iso2()));
    }

    private void collect(Set<Long> organizations) {
        if (transaction.getTransactionKey() == null) {
            scores.rescore(organizations);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> collected = (Set<Long>) transaction.getResource(CHANGED);
        if (collected == null) {
            collected = new HashSet<>();
            transaction.putResource(CHANGED, collected);
        }
        collected.addAll(organizations);
    }

    private void rescoreCollected() {
        if (transaction.getRollbackOnly()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> collected = (Set<Long>) transaction.getResource(CHANGED);
        if (collected != null && !collected.isEmpty()) {
            Set<Long> changed = Set.copyOf(collected);
            collected.clear();
            scores.rescore(changed);
        }
    }
}
