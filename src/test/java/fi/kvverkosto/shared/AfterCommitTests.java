package fi.kvverkosto.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class AfterCommitTests {

    final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void runsAtOnceOutsideATransaction() {
        AfterCommit.run(runs::incrementAndGet);
        assertThat(runs).hasValue(1);
    }

    @Test
    void runsOnlyOnceTheTransactionHasCommitted() {
        TransactionSynchronizationManager.initSynchronization();
        AfterCommit.run(runs::incrementAndGet);
        assertThat(runs).hasValue(0);

        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationUtils.invokeAfterCommit(synchronizations);
        assertThat(runs).hasValue(1);
    }

    @Test
    void neverRunsWhenTheTransactionRollsBack() {
        TransactionSynchronizationManager.initSynchronization();
        AfterCommit.run(runs::incrementAndGet);

        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationUtils.invokeAfterCompletion(
                synchronizations, TransactionSynchronization.STATUS_ROLLED_BACK);
        assertThat(runs).hasValue(0);
    }
}
