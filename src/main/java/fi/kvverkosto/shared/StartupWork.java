package fi.kvverkosto.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Start-up work that runs on a thread of its own beside the rest of the start, and that the application waits for
 * before it reports ready: the application runners (demo data, the first admin account) otherwise run one after the
 * other on one thread while the machine's second core idles. Work begun here must not depend on what runners after it
 * write; a failure fails the start, as it would have on the main thread.
 */
@Component
public class StartupWork implements ApplicationRunner, Ordered {

    private final List<FutureTask<Void>> pending = new CopyOnWriteArrayList<>();

    /** Starts {@code work} now on a thread named {@code startup-NAME}. */
    public void begin(String name, Runnable work) {
        var task = new FutureTask<Void>(work, null);
        pending.add(task);
        Thread.ofPlatform().name("startup-" + name).start(task);
    }

    /** The last runner: waits for everything begun, and rethrows the first failure. */
    @Override
    public void run(ApplicationArguments args) throws Exception {
        awaitAll();
    }

    void awaitAll() throws Exception {
        Exception first = null;
        for (var task : pending) {
            try {
                task.get();
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
        pending.clear();
        if (first != null) {
            throw first;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
