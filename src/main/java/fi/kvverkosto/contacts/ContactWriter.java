package fi.kvverkosto.contacts;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.stereotype.Component;

/**
 * Writes many checked companies with their experience and people in the caller's transaction, in bulk rather than
 * entity by entity: with PostgreSQL's COPY (pgjdbc's copy API) on PostgreSQL, with JDBC batches elsewhere (H2). The
 * rows are made by the entities' own {@code update} methods, so they hold exactly what a form would write; they are
 * only not seen by Hibernate (nor by its search indexing, see {@link ContactIndexing#index}). New rows get time-ordered
 * ids ({@link Ids}), so that the keys and the indexes on company ids grow at their right edge instead of touching a
 * random page of a large index for each row. Also finds which of many Business IDs and e-mails the database already
 * holds: on PostgreSQL by copying them into a temporary table and joining it once, elsewhere a thousand a query.
 */
@Component
class ContactWriter {

    static final int CHUNK = 1_000;

    private final EntityManager entityManager;
    private final javax.sql.DataSource dataSource;

    ContactWriter(EntityManager entityManager, javax.sql.DataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** The companies, experience and people as rows, made in memory by the entities as they are written. */
    record Rows(List<Company> companies, List<Person> people) {}

    /**
     * Ascending UUIDs of version 7 (RFC 9562) for one import: the import's millisecond and 12 random bits, then a
     * counter from a random start in the 62 bits after the variant. PostgreSQL orders uuids by their bytes, so each
     * next id sorts after the one before; another import (another millisecond or other random bits) does not meet
     * these.
     */
    static final class Ids {
        private final long high;
        private long low;

        Ids(Instant now) {
            var random = java.util.concurrent.ThreadLocalRandom.current();
            high = (now.toEpochMilli() << 16) | 0x7000L | (random.nextLong() & 0x0fffL);
            // Room for a billion ids before the counter would run into the variant bits.
            low = random.nextLong() & 0x3fffffffc0000000L;
        }

        UUID next() {
            return new UUID(high, 0x8000000000000000L | low++);
        }
    }

    /** Which of the file's Business IDs and e-mails (lower case) the database already holds, whatever their case there. */
    record Held(List<String> businessIds, List<String> emails) {}

    /**
     * Looks up which of these Business IDs and e-mails (lower case) the database holds, on a connection of its own
     * outside the import's transaction (which, meanwhile, may already be writing the rows: see
     * {@link ContactImport}): it sees what others have committed, never the import's own rows. On PostgreSQL the
     * values go into a temporary table by COPY and one query a kind finds those held: for each value one look-up in
     * the unique or expression index (a lateral subquery with {@code limit 1}, which the planner keeps as a nested loop
     * over the index; a plain join was planned as a hash join reading all of a million-row table and, for e-mails,
     * computing {@code lower(email)} of each of its rows: 2–3 times the CPU), no round trip each. Elsewhere a thousand
     * values a query.
     */
    Held held(Collection<String> businessIds, Collection<String> emails) {
        try (var connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (connection.isWrapperFor(PGConnection.class)) {
                    try (var statement = connection.createStatement()) {
                        statement.execute("create temporary table import_key (value text) on commit drop");
                        // The plan is a nested loop of index look-ups either way; compiling it (JIT, chosen by its cost
                        // estimate) would only add time. For this transaction only.
                        statement.execute("set local jit = off");
                    }
                    return new Held(
                            lookUp(
                                    connection,
                                    businessIds,
                                    "select k.value from import_key k cross join lateral"
                                            + " (select 1 from contacts_company c where c.business_id = k.value limit 1)"
                                            + " held"),
                            lookUp(
                                    connection,
                                    emails,
                                    "select k.value from import_key k cross join lateral"
                                            + " (select 1 from contacts_person p where lower(p.email) = k.value limit 1)"
                                            + " held"));
                }
                return new Held(
                        inChunks(
                                connection,
                                businessIds,
                                "select business_id from contacts_company where business_id in"),
                        inChunks(connection, emails, "select lower(email) from contacts_person where lower(email) in"));
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    /** A database error of the look-ups, unchecked so that it can leave the thread that ran them. */
    static final class UncheckedSqlException extends RuntimeException {
        UncheckedSqlException(SQLException cause) {
            super(cause);
        }
    }

    private static List<String> lookUp(Connection connection, Collection<String> values, String join)
            throws SQLException {
        var result = new ArrayList<String>();
        if (values.isEmpty()) {
            return result;
        }
        try (var statement = connection.createStatement()) {
            statement.execute("truncate import_key");
        }
        copy(
                connection.unwrap(PGConnection.class),
                "import_key (value)",
                sink -> values.forEach(v -> sink.accept(new Object[] {v})));
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(join)) {
            while (rows.next()) {
                result.add(rows.getString(1));
            }
        }
        return result;
    }

    private static List<String> inChunks(Connection connection, Collection<String> values, String query)
            throws SQLException {
        var all = new ArrayList<>(values);
        var found = new ArrayList<String>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            var chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (var statement = connection.prepareStatement(query + " (" + "?,".repeat(chunk.size() - 1) + "?)")) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i));
                }
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
        }
        return found;
    }

    /** What {@link #write} wrote: how ({@code copy} or {@code batch}, with each table's time) and the companies' ids. */
    record Written(String how, List<UUID> companyIds) {}

    /** Companies a part of the write: their rows, then their experience, listings and people, before the next part. */
    static final int PART = 25_000;

    private volatile int partSize = PART;

    /** For tests: parts of another size, so that a small file is written in several. */
    void partSize(int companies) {
        partSize = companies;
    }

    /**
     * Writes rows as {@code source} gives them (null when there are no more) in the current transaction, in parts of
     * {@value #PART} companies: each company is made and sent as it comes — on PostgreSQL while the source is still
     * checking the rows after it — and the part's experience, listings and people after its last company, so that the
     * server takes in the first part's people while later rows are still being checked. {@code written} is told how far
     * the write has come, from 0 to 1 of the {@code expected} companies. An exception of the source ends the write and
     * leaves this method as it is.
     */
    Written write(
            java.util.function.Supplier<Contacts.DemoCompany> source,
            Instant now,
            int expected,
            DoubleConsumer written) {
        var ids = new Ids(now);
        var all = new ArrayList<UUID>();
        Map<String, long[]> tables = new java.util.LinkedHashMap<>();
        boolean[] ended = {false};
        String method = "copy";
        int part = partSize;
        while (!ended[0]) {
            var companies = new ArrayList<Company>();
            var people = new ArrayList<Person>();
            Consumer<Consumer<Object[]>> companyRows = sink -> {
                while (companies.size() < part) {
                    var row = source.get();
                    if (row == null) {
                        ended[0] = true;
                        return;
                    }
                    var company = new Company(ids.next());
                    company.update(row.company(), false, now);
                    companies.add(company);
                    for (var p : row.people()) {
                        var person = new Person(ids.next());
                        person.update(p, company, false, now);
                        people.add(person);
                    }
                    sink.accept(companyRow(company));
                }
            };
            int before = all.size();
            method = write(
                    new Rows(companies, people),
                    companyRows,
                    tables,
                    share ->
                            written.accept(Math.min(1.0, (before + share * companies.size()) / Math.max(1, expected))));
            companies.forEach(c -> all.add(c.id()));
        }
        var how = new StringBuilder(method);
        tables.forEach((table, rowsAndNanos) -> how.append(String.format(
                java.util.Locale.ROOT, " %s %d in %d ms", table, rowsAndNanos[0], rowsAndNanos[1] / 1_000_000)));
        return new Written(how.toString(), all);
    }

    /**
     * Writes the rows, the companies' from {@code companyRows}, which fills {@code rows} as it goes; adds each table's
     * rows and time to {@code tables}. Gives {@code copy} or {@code batch}.
     */
    private String write(
            Rows rows, Consumer<Consumer<Object[]>> companyRows, Map<String, long[]> tables, DoubleConsumer written) {
        entityManager.flush();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            boolean copy = connection.isWrapperFor(PGConnection.class);
            // Each table's rows are made as they are written, not all before: on PostgreSQL the server takes in
            // one part of the COPY while this thread makes the next. The companies come first (the others refer to
            // them); the sizes of the others are known once they have come.
            var parts = List.of(
                    new Table(COMPANY, () -> rows.companies().size(), companyRows),
                    new Table(
                            EXPERIENCE,
                            () -> rows.companies().stream()
                                    .mapToInt(c -> c.experiences().size())
                                    .sum(),
                            sink -> experienceRows(rows, sink)),
                    new Table(
                            LISTING,
                            () -> rows.companies().stream()
                                    .mapToInt(c -> c.listings().size())
                                    .sum(),
                            sink -> listingRows(rows, sink)),
                    new Table(PERSON, () -> rows.people().size(), sink -> personRows(rows, sink)));
            long done = 0;
            for (var table : parts) {
                long started = System.nanoTime();
                if (table != parts.getFirst() && table.size().getAsInt() == 0) {
                    // Nothing to send (e.g. no listings in a CSV import).
                } else if (copy) {
                    copy(connection.unwrap(PGConnection.class), table.columns(), table.rows());
                } else {
                    batch(connection, table.columns(), table.rows());
                }
                int size = table.size().getAsInt();
                done += size;
                // Companies, experience, listings and people: the share of all the rows of the four tables.
                long all = parts.stream().mapToLong(t -> t.size().getAsInt()).sum();
                written.accept(all == 0 ? 1 : (double) done / all);
                var total = tables.computeIfAbsent(
                        table.columns().substring(0, table.columns().indexOf(' ')), name -> new long[2]);
                total[0] += size;
                total[1] += System.nanoTime() - started;
            }
            return copy ? "copy" : "batch";
        });
    }

    /** A table's columns and how to make its rows: given a sink, gives it each row in turn. */
    private record Table(String columns, java.util.function.IntSupplier size, Consumer<Consumer<Object[]>> rows) {}

    private static final String COMPANY = "contacts_company (id, version, business_id, name, municipality_code,"
            + " industry_code, size_class, website, languages, description, visibility, demo, reviewed_at,"
            + " last_modified)";
    private static final String EXPERIENCE =
            "contacts_experience (company_id, position, market, mode, since_year, industry_code, summary)";
    private static final String LISTING =
            "contacts_listing (company_id, position, kind, summary, market, industry_code, expires_on)";
    private static final String PERSON = "contacts_person (id, version, company_id, organisation_id, name, role,"
            + " email, phone, languages, visibility, legal_basis, consent_purpose, consent_given_on, consent_source,"
            + " demo, reviewed_at, last_modified)";

    private static void companyRows(Rows rows, Consumer<Object[]> sink) {
        for (var c : rows.companies()) {
            sink.accept(companyRow(c));
        }
    }

    private static Object[] companyRow(Company c) {
        {
            return new Object[] {
                c.id(),
                c.version(),
                c.businessId(),
                c.name(),
                c.municipalityCode(),
                c.industryCode(),
                c.sizeClass() == null ? null : c.sizeClass().code(),
                c.website(),
                Company.join(c.languages()),
                c.description(),
                c.storedVisibility(),
                c.demo(),
                c.reviewedAt(),
                c.lastModified()
            };
        }
    }

    private static void experienceRows(Rows rows, Consumer<Object[]> sink) {
        for (var c : rows.companies()) {
            int position = 0;
            for (var e : c.experiences()) {
                sink.accept(new Object[] {
                    c.id(), position++, e.market(), e.mode().code(), e.sinceYear(), e.industryCode(), e.summary()
                });
            }
        }
    }

    private static void listingRows(Rows rows, Consumer<Object[]> sink) {
        for (var c : rows.companies()) {
            int position = 0;
            for (var l : c.listings()) {
                sink.accept(new Object[] {
                    c.id(), position++, l.kind(), l.summary(), l.market(), l.industryCode(), l.expiresOn()
                });
            }
        }
    }

    private static void personRows(Rows rows, Consumer<Object[]> sink) {
        for (var p : rows.people()) {
            sink.accept(new Object[] {
                p.id(),
                p.version(),
                p.company().id(),
                p.organisationId(),
                p.name(),
                p.role(),
                p.email(),
                p.phone(),
                Company.join(p.languages()),
                p.storedVisibility(),
                p.legalBasis().code(),
                p.consentPurpose(),
                p.consentGivenOn(),
                p.consentSource(),
                p.demo(),
                p.reviewedAt(),
                p.lastModified()
            });
        }
    }

    // ---- PostgreSQL: COPY ... FROM STDIN (FORMAT binary), streamed ----

    /**
     * Streams the rows to PostgreSQL in its binary COPY format ({@link PgCopyBinary}): no text to write here and none
     * to parse there.
     */
    private static void copy(PGConnection connection, String table, Consumer<Consumer<Object[]>> rows)
            throws SQLException {
        try (var out = new PGCopyOutputStream(connection, "copy " + table + " from stdin (format binary)", 1 << 16);
                var binary = new PgCopyBinary(out)) {
            try {
                rows.accept(row -> {
                    try {
                        binary.row(row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new UncheckedIOException(e);
        }
    }

    // ---- elsewhere: JDBC batches ----

    private static void batch(Connection connection, String table, Consumer<Consumer<Object[]>> source)
            throws SQLException {
        var rows = new ArrayList<Object[]>();
        source.accept(rows::add);
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.getFirst().length;
        String sql = "insert into " + table + " values (" + "?,".repeat(columns - 1) + "?)";
        try (var statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < columns; i++) {
                    Object value = row[i];
                    switch (value) {
                        case null -> statement.setNull(i + 1, Types.NULL);
                        case Instant instant ->
                            statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
                        case LocalDate date -> statement.setObject(i + 1, date);
                        default -> statement.setObject(i + 1, value);
                    }
                }
                statement.addBatch();
                if (++pending == CHUNK) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }
}
