package fi.kvverkosto.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class StartupWorkTests {

    final StartupWork work = new StartupWork();

    @Test
    void runsWorkOnAThreadOfItsOwnAndTheLastRunnerWaitsForIt() throws Exception {
        var release = new CountDownLatch(1);
        var thread = new AtomicReference<String>();
        var done = new AtomicBoolean();
        work.begin("example", () -> {
            thread.set(Thread.currentThread().getName());
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.set(true);
        });
        assertThat(done).isFalse(); // begin returned while the work waits

        release.countDown();
        work.run(new DefaultApplicationArguments());

        assertThat(done).isTrue();
        assertThat(thread.get()).isEqualTo("startup-example");
    }

    @Test
    void aFailureFailsTheStartAfterEverythingElseHasFinished() {
        var other = new AtomicBoolean();
        work.begin("failing", () -> {
            throw new IllegalStateException("demo data is broken");
        });
        work.begin("other", () -> other.set(true));

        assertThatThrownBy(() -> work.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("demo data is broken");
        assertThat(other).isTrue();
    }

    @Test
    void isTheLastRunner() {
        assertThat(work.getOrder()).isEqualTo(org.springframework.core.Ordered.LOWEST_PRECEDENCE);
    }
}
