package fi.kvverkosto.contacts;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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

    ContactWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The companies, experience and people as rows, made in memory by the entities. */
    record Rows(List<Company> companies, List<Person> people) {

        static Rows of(List<Contacts.DemoCompany> input, Instant now) {
            var companies = new ArrayList<Company>(input.size());
            var people = new ArrayList<Person>();
            var ids = new Ids(now);
            for (var row : input) {
                var company = new Company(ids.next());
                company.update(row.company(), false, now);
                companies.add(company);
                for (var p : row.people()) {
                    var person = new Person(ids.next());
                    person.update(p, company, false, now);
                    people.add(person);
                }
            }
            return new Rows(companies, people);
        }

        List<UUID> companyIds() {
            return companies.stream().map(Company::id).toList();
        }
    }

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

    /** Which of these Business IDs the database holds. */
    List<String> existingBusinessIds(Collection<String> businessIds) {
        return existing(
                businessIds,
                "select k.value from import_key k join contacts_company c on c.business_id = k.value",
                "select c.businessId from Company c where c.businessId in :values");
    }

    /** Which of these e-mails (lower case) the database holds, whatever their case there. */
    List<String> existingEmails(Collection<String> emails) {
        return existing(
                emails,
                "select distinct k.value from import_key k join contacts_person p on lower(p.email) = k.value",
                "select lower(p.email) from Person p where lower(p.email) in :values");
    }

    /**
     * On PostgreSQL the values go into a temporary table by COPY and one join finds those held (an index scan per
     * value inside the database, no round trip each); elsewhere a thousand values a query.
     */
    private List<String> existing(Collection<String> values, String join, String query) {
        if (values.isEmpty()) {
            return List.of();
        }
        entityManager.flush();
        List<String> found = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return null;
            }
            try (var statement = connection.createStatement()) {
                statement.execute("create temporary table if not exists import_key (value text) on commit drop");
                statement.execute("truncate import_key");
            }
            copy(
                    connection.unwrap(PGConnection.class),
                    "import_key (value)",
                    values.stream().map(v -> new Object[] {v}).toList());
            try (var statement = connection.createStatement()) {
                statement.execute("analyze import_key");
                var result = new ArrayList<String>();
                try (var rows = statement.executeQuery(join)) {
                    while (rows.next()) {
                        result.add(rows.getString(1));
                    }
                }
                return result;
            }
        });
        return found != null ? found : inChunks(values, query);
    }

    private List<String> inChunks(Collection<String> values, String query) {
        var all = new ArrayList<>(values);
        var found = new ArrayList<String>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(entityManager
                    .createQuery(query, String.class)
                    .setParameter("values", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList());
        }
        return found;
    }

    /**
     * Writes the rows in the current transaction; returns how: {@code copy} or {@code batch}, with each table's time.
     * {@code written} is told after each table how far the whole write has come, from 0 to 1.
     */
    String write(Rows rows, java.util.function.DoubleConsumer written) {
        entityManager.flush();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            boolean copy = connection.isWrapperFor(PGConnection.class);
            var tables = List.of(
                    new Table(COMPANY, companyRows(rows)),
                    new Table(EXPERIENCE, experienceRows(rows)),
                    new Table(LISTING, listingRows(rows)),
                    new Table(PERSON, personRows(rows)));
            long all = tables.stream().mapToLong(t -> t.rows().size()).sum();
            long done = 0;
            var how = new StringBuilder(copy ? "copy" : "batch");
            for (var table : tables) {
                long started = System.nanoTime();
                if (copy) {
                    copy(connection.unwrap(PGConnection.class), table.columns(), table.rows());
                } else {
                    batch(connection, table.columns(), table.rows());
                }
                done += table.rows().size();
                written.accept(all == 0 ? 1 : (double) done / all);
                how.append(String.format(
                        java.util.Locale.ROOT,
                        " %s %d in %d ms",
                        table.columns().substring(0, table.columns().indexOf(' ')),
                        table.rows().size(),
                        (System.nanoTime() - started) / 1_000_000));
            }
            return how.toString();
        });
    }

    private record Table(String columns, List<Object[]> rows) {}

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

    private static List<Object[]> companyRows(Rows rows) {
        var list = new ArrayList<Object[]>(rows.companies().size());
        for (var c : rows.companies()) {
            list.add(new Object[] {
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
                c.fieldVisibility().format(),
                c.demo(),
                c.reviewedAt(),
                c.lastModified()
            });
        }
        return list;
    }

    private static List<Object[]> experienceRows(Rows rows) {
        var list = new ArrayList<Object[]>();
        for (var c : rows.companies()) {
            int position = 0;
            for (var e : c.experiences()) {
                list.add(new Object[] {
                    c.id(), position++, e.market(), e.mode().code(), e.sinceYear(), e.industryCode(), e.summary()
                });
            }
        }
        return list;
    }

    private static List<Object[]> listingRows(Rows rows) {
        var list = new ArrayList<Object[]>();
        for (var c : rows.companies()) {
            int position = 0;
            for (var l : c.listings()) {
                list.add(new Object[] {
                    c.id(), position++, l.kind(), l.summary(), l.market(), l.industryCode(), l.expiresOn()
                });
            }
        }
        return list;
    }

    private static List<Object[]> personRows(Rows rows) {
        var list = new ArrayList<Object[]>(rows.people().size());
        for (var p : rows.people()) {
            list.add(new Object[] {
                p.id(),
                p.version(),
                p.company().id(),
                p.organisationId(),
                p.name(),
                p.role(),
                p.email(),
                p.phone(),
                Company.join(p.languages()),
                p.fieldVisibility().format(),
                p.legalBasis().code(),
                p.consentPurpose(),
                p.consentGivenOn(),
                p.consentSource(),
                p.demo(),
                p.reviewedAt(),
                p.lastModified()
            });
        }
        return list;
    }

    // ---- PostgreSQL: COPY ... FROM STDIN (FORMAT csv), streamed ----

    private static void copy(PGConnection connection, String table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        // PostgreSQL's CSV: an unquoted empty field is NULL, a quoted one an empty string.
        var format = CSVFormat.POSTGRESQL_CSV.builder().get();
        try (var out = new PGCopyOutputStream(connection, "copy " + table + " from stdin (format csv)", 1 << 16);
                // Buffered: the printer writes a character at a time, and each unbuffered write would go through the
                // UTF-8 encoder on its own (most of the import's CPU before, by JFR).
                var printer = new CSVPrinter(
                        new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                        format)) {
            for (Object[] row : rows) {
                for (Object value : row) {
                    printer.print(text(value));
                }
                printer.println();
            }
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant.toString();
            case Boolean b -> b ? "true" : "false";
            default -> value.toString();
        };
    }

    // ---- elsewhere: JDBC batches ----

    private static void batch(Connection connection, String table, List<Object[]> rows) throws SQLException {
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
