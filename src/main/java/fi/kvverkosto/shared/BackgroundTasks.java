package fi.kvverkosto.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs long admin jobs (imports, reindexing) off the request thread and tracks their progress so that a page can show
 * a progress bar, with htmx polling or a plain refresh.
 *
 * <p>Statuses live in memory: a restart forgets them, which is acceptable because each job is transactional and
 * either finished or changed nothing. Only the most recent {@value #KEPT} tasks are kept.
 */
@Component
public class BackgroundTasks {

    static final int KEPT = 50;

    private static final Logger log = LoggerFactory.getLogger(BackgroundTasks.class);

    private final Map<UUID, Task> tasks = new ConcurrentHashMap<>();
    private final Executor executor;
    private final Clock clock;

    public BackgroundTasks() {
        this(Executors.newVirtualThreadPerTaskExecutor(), Clock.systemUTC());
    }

    BackgroundTasks(Executor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Starts a job and returns at once.
     *
     * @param kind what the job is, for example {@code "hsds-import"}; pages check it before showing a status
     * @param startedBy the user who started it
     * @param work the job; it reports progress and returns a result object shown when it is done
     */
    public UUID start(String kind, String startedBy, Function<Progress, Object> work) {
        var task = new Task(UUID.randomUUID(), kind, startedBy, clock.instant());
        forgetOldest();
        tasks.put(task.id, task);
        executor.execute(() -> {
            try {
                task.result.set(work.apply(task));
                task.state.set(State.SUCCEEDED);
            } catch (RuntimeException | Error e) {
                log.warn("Background task {} ({}) failed", task.id, kind, e);
                task.error.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                task.result.set(e);
                task.state.set(State.FAILED);
            } finally {
                task.finished.set(clock.instant());
            }
        });
        return task.id;
    }

    public Optional<TaskStatus> status(UUID id) {
        return Optional.ofNullable(tasks.get(id)).map(Task::snapshot);
    }

    private void forgetOldest() {
        while (tasks.size() >= KEPT) {
            tasks.values().stream()
                    .min(Comparator.comparing(t -> t.started))
                    .ifPresent(oldest -> tasks.remove(oldest.id));
        }
    }

    public enum State {
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    /** What a running job tells about itself. */
    public interface Progress {

        /** For work nobody watches: the command line, start-up, tests. */
        Progress NONE = new Progress() {
            @Override
            public void total(long total) {}

            @Override
            public void advance(long steps) {}

            @Override
            public void phase(String messageKey, Object... args) {}
        };

        void total(long total);

        void advance(long steps);

        /** A message key with arguments from the module's bundle, for example {@code interop.import.phase.validate}. */
        void phase(String messageKey, Object... args);
    }

    /**
     * A point-in-time view of a job.
     *
     * @param result what the job returned, or the exception it threw
     */
    public record TaskStatus(
            UUID id,
            String kind,
            String startedBy,
            State state,
            long done,
            long total,
            String phaseKey,
            Object[] phaseArgs,
            Instant started,
            Instant finished,
            Object result,
            String error) {

        public boolean running() {
            return state == State.RUNNING;
        }

        public boolean succeeded() {
            return state == State.SUCCEEDED;
        }

        public boolean failed() {
            return state == State.FAILED;
        }

        /** 0–100; a job that has not yet told its size is at 0 until it finishes. */
        public int percent() {
            if (!running()) {
                return 100;
            }
            if (total <= 0) {
                return 0;
            }
            return (int) Math.min(100, done * 100 / total);
        }
    }

    private static final class Task implements Progress {
        private final UUID id;
        private final String kind;
        private final String startedBy;
        private final Instant started;
        private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong();
        private final AtomicReference<String> phaseKey = new AtomicReference<>();
        private final AtomicReference<Object[]> phaseArgs = new AtomicReference<>(new Object[0]);
        private final AtomicReference<Instant> finished = new AtomicReference<>();
        private final AtomicReference<Object> result = new AtomicReference<>();
        private final AtomicReference<String> error = new AtomicReference<>();

        Task(UUID id, String kind, String startedBy, Instant started) {
            this.id = id;
            this.kind = kind;
            this.startedBy = startedBy;
            this.started = started;
        }

        @Override
        public void total(long total) {
            this.total.set(total);
        }

        @Override
        public void advance(long steps) {
            done.addAndGet(steps);
        }

        @Override
        public void phase(String messageKey, Object... args) {
            phaseKey.set(messageKey);
            phaseArgs.set(args);
        }

        TaskStatus snapshot() {
            return new TaskStatus(
                    id,
                    kind,
                    startedBy,
                    state.get(),
                    done.get(),
                    total.get(),
                    phaseKey.get(),
                    phaseArgs.get(),
                    started,
                    finished.get(),
                    result.get(),
                    error.get());
        }
    }
}
