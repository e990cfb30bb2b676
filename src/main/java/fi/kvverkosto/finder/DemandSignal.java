package fi.kvverkosto.finder;

import fi.kvverkosto.shared.Language;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The anonymous record of what companies ask the finder: for each use its profile, words, what was shown and what was
 * clicked, for the later analysis of gaps between demand and services. No account, address or cookie is stored; the
 * words are the only free text, and the retention setting ({@code kv.finder.demand-retention}, default a year) limits
 * how long any of it is kept.
 *
 * <p>Written in batches once a second off the request thread, so that a busy finder does not wait for the database;
 * the queue is bounded and what does not fit is counted and dropped (logged), never blocking a company's answer.
 */
@Component
class DemandSignal {

    private static final Logger log = LoggerFactory.getLogger(DemandSignal.class);
    private static final int QUEUE = 10_000;

    /** Where the finder was used. */
    enum Channel {
        WEB,
        API
    }

    private record Use(UUID id, Instant at, Channel channel, Language language, FinderAnswer answer) {}

    private record Click(UUID use, UUID service, Instant at) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final boolean enabled;
    private final Duration retention;
    private final Clock clock = Clock.systemUTC();
    private final BlockingQueue<Use> uses = new ArrayBlockingQueue<>(QUEUE);
    private final BlockingQueue<Click> clicks = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong dropped = new AtomicLong();
    private final ScheduledExecutorService writer;

    DemandSignal(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            @Value("${kv.finder.demand-signal:true}") boolean enabled,
            @Value("${kv.finder.demand-retention:365d}") Duration retention) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.enabled = enabled;
        this.retention = retention;
        this.writer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("finder-demand-signal").factory());
        if (enabled) {
            writer.scheduleWithFixedDelay(this::flushQuietly, 1, 1, TimeUnit.SECONDS);
            writer.scheduleWithFixedDelay(this::forgetOldQuietly, 1, 24 * 60, TimeUnit.MINUTES);
        }
    }

    /** Notes a use of the finder; returns its id, with which a click on one of its services is recorded. */
    UUID record(Channel channel, Language language, FinderAnswer answer) {
        Instant now = clock.instant();
        UUID id = useId(now);
        if (enabled && !uses.offer(new Use(id, now, channel, language, answer))) {
            dropped.incrementAndGet();
        }
        return id;
    }

    /**
     * A use's id: a UUID of version 7 (RFC 9562), the millisecond of the use and then 74 random bits, so that ids sort
     * by time (H2 and PostgreSQL compare uuids as unsigned numbers) and each batch is added at the end of the table's
     * primary-key index. Random ids (version 4) went to random places in it: H2 read and wrote back a page of the index
     * for almost every use, an eighth of the CPU time of a kept answer at thousands of uses a second, and more as the
     * table grew. The random bits keep ids unguessable, so a click cannot be recorded for another's use.
     */
    static UUID useId(Instant at) {
        var random = ThreadLocalRandom.current();
        long high = (at.toEpochMilli() << 16) | 0x7000L | (random.nextLong() & 0x0fffL);
        long low = 0x8000000000000000L | (random.nextLong() & 0x3fffffffffffffffL);
        return new UUID(high, low);
    }

    /** Notes that a service shown for a use was opened; unknown uses are ignored. */
    void clicked(UUID use, UUID service) {
        if (enabled && !clicks.offer(new Click(use, service, clock.instant()))) {
            dropped.incrementAndGet();
        }
    }

    /** Writes what is waiting. */
    void flush() {
        List<Use> pendingUses = new ArrayList<>();
        uses.drainTo(pendingUses);
        List<Click> pendingClicks = new ArrayList<>();
        clicks.drainTo(pendingClicks);
        if (pendingUses.isEmpty() && pendingClicks.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            if (!pendingUses.isEmpty()) {
                jdbc.batchUpdate(
                        "insert into finder_use (id, used_at, channel, lang, municipality, industry, company_size,"
                                + " markets, stage, stage_source, path, needs, derived_needs, query_text, shown,"
                                + " next_steps, nothing_fits) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                + " ?, ?)",
                        pendingUses.stream().map(DemandSignal::row).toList());
            }
            for (Click click : pendingClicks) {
                jdbc.update(
                        "insert into finder_click (use_id, service_id, clicked_at) select ?, ?, ? where exists"
                                + " (select 1 from finder_use where id = ?) and not exists (select 1 from"
                                + " finder_click where use_id = ? and service_id = ?)",
                        click.use(),
                        click.service(),
                        Timestamp.from(click.at()),
                        click.use(),
                        click.use(),
                        click.service());
            }
        });
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            log.warn("The finder's demand signal dropped {} records: more uses than it could write", lost);
        }
    }

    /** Deletes the uses older than the retention period; returns how many. */
    int forgetOld() {
        Instant before = clock.instant().minus(retention);
        return transactions.execute(
                status -> jdbc.update("delete from finder_use where used_at < ?", Timestamp.from(before)));
    }

    private static Object[] row(Use use) {
        Profile p = use.answer().profile();
        return new Object[] {
            use.id(),
            Timestamp.from(use.at()),
            use.channel().name().toLowerCase(Locale.ROOT),
            use.language().code(),
            p.municipality() == null ? null : p.municipality().code(),
            p.industry() == null ? null : p.industry().localCode(),
            p.size() == null ? null : p.size().localCode(),
            join(p.markets()),
            p.stage(),
            p.stageSource().name().toLowerCase(Locale.ROOT),
            p.path() == null ? null : p.path().code(),
            join(p.needs()),
            join(p.derivedNeeds().stream().map(Profile.DerivedNeed::need).toList()),
            p.text(),
            ids(use.answer().results()),
            ids(use.answer().nextSteps()),
            use.answer().nothingFits()
        };
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static String ids(List<Recommendation> recommendations) {
        return recommendations.isEmpty()
                ? null
                : recommendations.stream()
                        .map(r -> r.service().serviceId().toString())
                        .collect(Collectors.joining(","));
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Could not write the finder's demand signal", e);
        }
    }

    private void forgetOldQuietly() {
        try {
            int forgotten = forgetOld();
            if (forgotten > 0) {
                log.info("Deleted {} finder uses older than {}", forgotten, retention);
            }
        } catch (RuntimeException e) {
            log.warn("Could not delete old finder uses", e);
        }
    }

    @PreDestroy
    void stop() {
        writer.shutdownNow();
        if (enabled) {
            flushQuietly();
        }
    }
}
