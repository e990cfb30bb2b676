package fi.kvverkosto.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work that must only happen once what the current transaction wrote is committed: telling others it changed. */
public final class AfterCommit {

    private AfterCommit() {}

    /**
     * Runs {@code action} once the current transaction has committed, never if it rolls back; at once when no
     * transaction is active.
     */
    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
