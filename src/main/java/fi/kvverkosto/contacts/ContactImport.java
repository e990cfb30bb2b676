package fi.kvverkosto.contacts;

import fi.kvverkosto.contacts.ContactValidation.FieldProblem;
import fi.kvverkosto.shared.BackgroundTasks;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Imports companies (and one contact person per row) from CSV with a column mapping: checks every row first — the
 * fields as {@link ContactValidation} does, duplicates of a Business ID or an e-mail already in the database (looked up
 * a thousand at a time) or earlier in the file — and writes all rows in one transaction only when none is wrong, in
 * bulk ({@link ContactWriter}: COPY on PostgreSQL, JDBC batches elsewhere). The new companies are indexed after the
 * commit. A check alone gives the preview.
 */
@Component
class ContactImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ContactImport.class);

    /** The fields a column may be mapped to; by default a column of the same name (case-insensitive) is taken. */
    static final List<String> TARGETS = List.of(
            "businessId",
            "name",
            "municipality",
            "industry",
            "size",
            "website",
            "languages",
            "description",
            "market",
            "mode",
            "since",
            "personName",
            "personRole",
            "personEmail",
            "personPhone",
            "legalBasis",
            "consentPurpose",
            "consentGivenOn",
            "consentSource");

    static final Set<String> PERSON = Set.of(
            "personName",
            "personRole",
            "personEmail",
            "personPhone",
            "legalBasis",
            "consentPurpose",
            "consentGivenOn",
            "consentSource");

    /** Between the languages of a cell (as {@link #splitLanguages} reads them). */
    static final java.util.regex.Pattern LANGUAGE_SEPARATOR = java.util.regex.Pattern.compile("[,;\\s]+");

    /** Rows checked between two reports of progress. */
    static final int PROGRESS_STEP = 1_000;

    private final Contacts contacts;
    private final ContactValidation validation;
    private final ContactWriter writer;
    private final ContactIndexing indexing;

    /**
     * Whether the rows are written while they are still being checked (ADR 12); off (the default), the write starts
     * once both checks have ended without a problem. On two cores shared with PostgreSQL the overlap gained nothing.
     */
    private volatile boolean writeWhileChecking;

    ContactImport(
            Contacts contacts,
            ContactValidation validation,
            ContactWriter writer,
            ContactIndexing indexing,
            @Value("${kv.contacts.import-write-while-checking:false}") boolean writeWhileChecking) {
        this.writeWhileChecking = writeWhileChecking;
        this.contacts = contacts;
        this.validation = validation;
        this.writer = writer;
        this.indexing = indexing;
    }

    /** A row's problem: the line of the file (the header is line 1), the field and the message key. */
    record RowProblem(long line, String field, String code) {}

    /** A row as it would be written. */
    record RowPreview(long line, String businessId, String name, String personName) {}

    record Result(List<RowPreview> rows, List<RowProblem> problems, boolean written) {}

    /**
     * Reads and checks the file; writes it when {@code write} and nothing is wrong. The mapping takes a target field to
     * the file's column name.
     */
    /** A file's header and rows of text, whatever the format; {@code line} counts the header as line 1. */
    /** Switches between the two orders of ADR 12: tests run both. */
    void writeWhileChecking(boolean on) {
        writeWhileChecking = on;
    }

    record Table(List<String> header, List<Row> rows) {
        record Row(long line, List<String> cells) {
            String get(int index) {
                return index < cells.size() ? cells.get(index) : null;
            }
        }
    }

    /** Reads CSV with a header row. */
    static Table csv(Reader reader) throws IOException {
        try (var parser = CSV.parse(reader)) {
            var rows = new ArrayList<Table.Row>();
            read(parser, 0, rows);
            return new Table(parser.getHeaderNames(), rows);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /** A file's text from this many characters is read in two halves at once. */
    static final int HALVES_FROM = 1 << 20;

    /**
     * Reads CSV with a header row, as {@link #csv(Reader)} does (commons-csv: the project writes no CSV reader of its
     * own, see docs/benchmarks.md for the one tried); a large text in two halves at once, split at the first
     * line feed after its middle that ends a row (not one inside quotes): the second half on a thread of its own, its
     * lines counted on from the first half's. Reading 200,000 rows was one thread's second or so while the other core
     * waited (docs/benchmarks.md, "Contacts (issue 5)").
     */
    static Table csv(String text) throws IOException {
        return csv(text, HALVES_FROM);
    }

    static Table csv(String text, int halvesFrom) throws IOException {
        int split = text.length() < halvesFrom ? -1 : rowEnd(text, text.length() / 2);
        if (split < 0 || split == text.length()) {
            return csv(new java.io.StringReader(text));
        }
        String first = text.substring(0, split);
        long linesBefore = lineBreaks(first);
        var second = new java.util.concurrent.FutureTask<List<Table.Row>>(() -> {
            // No header: the first half has it; a row's values do not depend on it.
            try (var parser = CSV_BODY.parse(new java.io.StringReader(text.substring(split)))) {
                var rows = new ArrayList<Table.Row>();
                read(parser, linesBefore, rows);
                return rows;
            }
        });
        Thread.ofPlatform().name("contacts-import-read").daemon().start(second);
        try (var parser = CSV.parse(new java.io.StringReader(first))) {
            var rows = new ArrayList<Table.Row>();
            read(parser, 0, rows);
            rows.addAll(finish(second));
            return new Table(parser.getHeaderNames(), rows);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            // Unreadable in either half (finish rethrows the second half's exception on this thread).
            return null;
        }
    }

    private static void read(org.apache.commons.csv.CSVParser parser, long linesBefore, List<Table.Row> rows) {
        for (CSVRecord record : parser) {
            rows.add(new Table.Row(linesBefore + parser.getCurrentLineNumber(), record.toList()));
        }
    }

    private static final CSVFormat CSV = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private static final CSVFormat CSV_BODY =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();

    /**
     * Where the first row ending in a line feed at or after {@code from} ends (the index after the line feed), as
     * {@link CSVFormat#DEFAULT}'s reader sees the text: a value that begins with a quote runs to the quote that closes
     * it (two quotes are one quote of the value), line breaks inside it included; -1 when no row ends there.
     */
    static int rowEnd(String text, int from) {
        boolean quoted = false;
        boolean valueStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
            } else if (c == '"' && valueStart) {
                quoted = true;
                valueStart = false;
            } else if (c == ',') {
                valueStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\n' && i >= from) {
                    return i + 1;
                }
                valueStart = true;
            } else {
                valueStart = false;
            }
        }
        return -1;
    }

    /** Line breaks as the CSV reader counts lines: a carriage return, a line feed, or the two together as one. */
    private static long lineBreaks(String text) {
        long lines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    /** Reads the first sheet of an XLSX workbook: its first row is the header; cells as Excel shows them. */
    static Table xlsx(java.io.InputStream in) throws IOException {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = workbook.getSheetAt(0);
            var text = new org.apache.poi.ss.usermodel.DataFormatter();
            List<String> header = null;
            var rows = new ArrayList<Table.Row>();
            for (var row : sheet) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : text.formatCellValue(cell).strip());
                }
                if (header == null) {
                    header = cells;
                } else if (cells.stream().anyMatch(v -> !v.isEmpty())) {
                    rows.add(new Table.Row(row.getRowNum() + 1L, cells));
                }
            }
            return header == null ? null : new Table(header, rows);
        } catch (IllegalArgumentException e) {
            // Not an Office file or an empty one (NotOfficeXmlFileException, EmptyFileException).
            return null;
        }
    }

    /**
     * Checks the table; writes it when {@code write} and nothing is wrong. The mapping takes a target field to the
     * file's column name. A null table is a file that could not be read.
     */
    @Transactional
    Result run(Table table, Map<String, String> mapping, boolean write) {
        return run(table, mapping, write, BackgroundTasks.Progress.NONE);
    }

    /**
     * The same, telling {@code progress} how far it has come: the rows checked, then the rows written (two steps a
     * row when writing, one when only checking).
     */
    @Transactional
    Result run(Table table, Map<String, String> mapping, boolean write, BackgroundTasks.Progress progress) {
        if (Audience.current() != Audience.STAFF) {
            throw new AccessDeniedException("Importing is for staff");
        }
        long started = System.nanoTime();
        var rows = new ArrayList<RowPreview>();
        var problems = new ArrayList<RowProblem>();
        // Sized for the file at once: grown a doubling at a time they were rehashed a dozen times.
        int expected = table == null ? 0 : table.rows().size();
        var seenIds = HashMap.<String, Long>newHashMap(expected);
        var seenEmails = HashMap.<String, Long>newHashMap(expected);
        var today = contacts.today();
        if (table == null) {
            return new Result(rows, List.of(new RowProblem(0, "file", "contacts.import.unreadable")), false);
        }
        int size = table.rows().size();
        progress.total(write ? 2L * size : size);
        progress.phase("contacts.import.phase.check", size);
        var columns = columns(table.header(), mapping);
        for (String target : mapping.keySet()) {
            if (!TARGETS.contains(target)) {
                problems.add(new RowProblem(1, target, "contacts.import.unknown-target"));
            } else if (!columns.containsKey(target)) {
                problems.add(new RowProblem(1, target, "contacts.import.no-column"));
            }
        }
        if (!columns.containsKey("name")) {
            problems.add(new RowProblem(1, "name", "contacts.import.no-column"));
        }
        var index = Map.copyOf(columns);
        // Three things at once (ADR 0012): a thread checks the fields row by row and hands each good row on; another
        // looks up, on a connection of its own, which of the file's Business IDs and e-mails the database already
        // holds; and, when writing while checking (kv.contacts.import-write-while-checking, off by default: then it
        // writes after both checks), this thread writes each row handed on in the import's transaction as it comes (on
        // PostgreSQL the server takes in the companies while the rows after them are checked). Any problem — a field,
        // a duplicate in the file or in the database, or the write failing — rolls the transaction back, after both
        // checks have run to the end, so that every bad row is reported and nothing is written.
        int idColumn = index.getOrDefault("businessId", -1);
        int emailColumn = index.getOrDefault("personEmail", -1);
        long[] lookedUp = {0};
        var lookingUp = new java.util.concurrent.FutureTask<ContactWriter.Held>(() -> {
            // The keys as the check reads them (CompanyInput and PersonInput clean, the Business ID normalised, the
            // e-mail in lower case).
            var fileIds = java.util.HashSet.<String>newHashSet(expected);
            var emails = java.util.HashSet.<String>newHashSet(expected);
            for (var record : table.rows()) {
                String id = BusinessId.normalise(cell(record, idColumn));
                if (id != null) {
                    fileIds.add(id);
                }
                String email = cell(record, emailColumn);
                if (email != null) {
                    emails.add(email.toLowerCase(Locale.ROOT));
                }
            }
            var held = writer.held(fileIds, emails);
            lookedUp[0] = System.nanoTime();
            return held;
        });
        // The rows checked without a problem, for the writer, in chunks (a hand-over a row would wake the writer
        // 200,000
        // times); END after the last (or when the check fails).
        var checkedRows = new java.util.concurrent.LinkedBlockingQueue<List<Contacts.DemoCompany>>();
        var anyProblem = new java.util.concurrent.atomic.AtomicBoolean(!problems.isEmpty());
        long[] fieldsDone = {0};
        Runnable check = () -> {
            var chunk = new ArrayList<Contacts.DemoCompany>(HAND_OVER);
            try {
                int sinceProgress = 0;
                var rowCheck = new RowCheck(index, validation, today, problems, seenIds, seenEmails, rows);
                for (var record : table.rows()) {
                    int problemsBefore = problems.size();
                    if (++sinceProgress == PROGRESS_STEP) {
                        progress.advance(sinceProgress);
                        sinceProgress = 0;
                    }
                    var checked = rowCheck.check(record);
                    if (problems.size() > problemsBefore) {
                        anyProblem.set(true);
                    } else if (!anyProblem.get()) {
                        chunk.add(checked);
                        if (chunk.size() == HAND_OVER) {
                            checkedRows.add(chunk);
                            chunk = new ArrayList<>(HAND_OVER);
                        }
                    }
                }
                if (!anyProblem.get()) {
                    checkedRows.add(chunk);
                }
                progress.advance(sinceProgress);
                fieldsDone[0] = System.nanoTime();
            } finally {
                checkedRows.add(END);
            }
        };
        var checking = new java.util.concurrent.FutureTask<Void>(check, null);
        Thread.ofPlatform().name("contacts-import-check").daemon().start(checking);
        Thread.ofPlatform().name("contacts-import-look-up").daemon().start(lookingUp);
        // To the microsecond, as the database keeps it: the instant finds these companies again for indexing.
        var now = contacts.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        ContactWriter.Written written = null;
        RuntimeException failed = null;
        if (write && !writeWhileChecking) {
            // Both checks first, then the write only when they found nothing.
            finish(checking);
            var found = finish(lookingUp);
            if (!found.businessIds().isEmpty() || !found.emails().isEmpty()) {
                anyProblem.set(true);
            }
        }
        if (write && !anyProblem.get()) {
            progress.phase("contacts.import.phase.write", size);
            long[] advanced = {0};
            var taken = new java.util.ArrayDeque<Contacts.DemoCompany>();
            try {
                written = writer.write(
                        () -> {
                            while (taken.isEmpty()) {
                                List<Contacts.DemoCompany> next;
                                try {
                                    next = checkedRows.take();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    throw new IllegalStateException("Interrupted while writing the import", e);
                                }
                                if (anyProblem.get()) {
                                    // Nothing of it will be kept: stop writing; the checks run on to report every row.
                                    throw new Abandoned();
                                }
                                if (next == END) {
                                    return null;
                                }
                                taken.addAll(next);
                            }
                            return taken.poll();
                        },
                        now,
                        size,
                        share -> {
                            long reached = Math.round(share * size);
                            progress.advance(reached - advanced[0]);
                            advanced[0] = reached;
                        });
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        long wrote = System.nanoTime();
        ContactWriter.Held held;
        try {
            held = finish(lookingUp);
        } finally {
            finish(checking);
        }
        long validated = fieldsDone[0];
        // Duplicates of what the database holds, reported on the row that has them.
        for (String businessId : held.businessIds()) {
            problems.add(new RowProblem(seenIds.get(businessId), "businessId", "contacts.error.duplicate"));
        }
        for (String email : held.emails()) {
            problems.add(new RowProblem(seenEmails.get(email), "personEmail", "contacts.import.duplicate-email"));
        }
        problems.sort(Comparator.comparingLong(RowProblem::line));
        long checked = Math.max(validated, lookedUp[0]);
        log.info(
                "Import of {} rows checked in {} ms: fields in {} ms and, at the same time, duplicates in the database in {}"
                        + " ms{}; {} problems",
                size,
                (checked - started) / 1_000_000,
                (validated - started) / 1_000_000,
                (lookedUp[0] - started) / 1_000_000,
                written != null || failed != null
                        ? " and, at the same time, written in " + (wrote - started) / 1_000_000 + " ms"
                        : "",
                problems.size());
        if (!problems.isEmpty() || failed != null || !write) {
            if (written != null || failed != null) {
                // Something was (or may have been) sent: nothing of it is kept.
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            }
            if (failed != null && problems.isEmpty()) {
                // The database refused the rows for a reason the checks did not see (e.g. another import committed the
                // same Business ID meanwhile): as before, the request fails, and nothing is written.
                throw failed;
            }
            progress.phase(
                    problems.isEmpty() ? "contacts.import.phase.checked" : "contacts.import.phase.problems",
                    problems.size());
            return new Result(rows, problems, false);
        }
        String how = written.how();
        progress.phase("contacts.import.phase.saved", size);
        // Searchable once committed: indexed from the database in batches, not one company at a time; a large import in
        // the background (ContactIndexing.indexImported).
        var ids = written.companyIds();
        long wroteAt = wrote;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                long committed = System.nanoTime();
                indexing.indexImported(ids, now);
                log.info(
                        "Imported {} rows: checked in {} ms, written ({}) in {} ms from the start, at the same time, committed in {} ms, then {} ms indexing"
                                + " (more in the background when over ContactIndexing.INDEX_NOW)",
                        ids.size(),
                        (checked - started) / 1_000_000,
                        how,
                        (wroteAt - started) / 1_000_000,
                        (committed - wroteAt) / 1_000_000,
                        (System.nanoTime() - committed) / 1_000_000);
            }
        });
        return new Result(rows, problems, true);
    }

    /**
     * The field check of one row, as a method of its own called once a row: the JIT compiles it (and what it inlines)
     * after a few thousand rows like any method, where the whole loop in one lambda was compiled only by on-stack
     * replacement, late, into 97 KB of code (against 49 KB for this method; docs/benchmarks.md). The columns are looked
     * up once, not a map look-up a field a row.
     */
    private static final class RowCheck {
        private final int businessId;
        private final int name;
        private final int municipality;
        private final int industry;
        private final int size;
        private final int website;
        private final int languages;
        private final int description;
        private final int market;
        private final int mode;
        private final int since;
        private final int personName;
        private final int personRole;
        private final int personEmail;
        private final int personPhone;
        private final int legalBasis;
        private final int consentPurpose;
        private final int consentGivenOn;
        private final int consentSource;
        private final int[] person;
        private final ContactValidation validation;
        private final java.time.LocalDate today;
        private final List<RowProblem> problems;
        private final Map<String, Long> seenIds;
        private final Map<String, Long> seenEmails;
        private final List<RowPreview> rows;

        RowCheck(
                Map<String, Integer> index,
                ContactValidation validation,
                java.time.LocalDate today,
                List<RowProblem> problems,
                Map<String, Long> seenIds,
                Map<String, Long> seenEmails,
                List<RowPreview> rows) {
            businessId = index.getOrDefault("businessId", -1);
            name = index.getOrDefault("name", -1);
            municipality = index.getOrDefault("municipality", -1);
            industry = index.getOrDefault("industry", -1);
            size = index.getOrDefault("size", -1);
            website = index.getOrDefault("website", -1);
            languages = index.getOrDefault("languages", -1);
            description = index.getOrDefault("description", -1);
            market = index.getOrDefault("market", -1);
            mode = index.getOrDefault("mode", -1);
            since = index.getOrDefault("since", -1);
            personName = index.getOrDefault("personName", -1);
            personRole = index.getOrDefault("personRole", -1);
            personEmail = index.getOrDefault("personEmail", -1);
            personPhone = index.getOrDefault("personPhone", -1);
            legalBasis = index.getOrDefault("legalBasis", -1);
            consentPurpose = index.getOrDefault("consentPurpose", -1);
            consentGivenOn = index.getOrDefault("consentGivenOn", -1);
            consentSource = index.getOrDefault("consentSource", -1);
            person = PERSON.stream().mapToInt(t -> index.getOrDefault(t, -1)).toArray();
            this.validation = validation;
            this.today = today;
            this.problems = problems;
            this.seenIds = seenIds;
            this.seenEmails = seenEmails;
            this.rows = rows;
        }

        /** Checks the row, adding its problems and its preview; gives the row as it would be written. */
        Contacts.DemoCompany check(Table.Row record) {
            long line = record.line();
            List<CompanyInput.ExperienceInput> experiences = List.of();
            String marketValue = cell(record, market);
            String modeValue = cell(record, mode);
            String industryValue = cell(record, industry);
            if (marketValue != null || modeValue != null) {
                Integer sinceYear = null;
                String sinceText = cell(record, since);
                if (sinceText != null) {
                    try {
                        sinceYear = Integer.valueOf(sinceText);
                    } catch (NumberFormatException e) {
                        problems.add(new RowProblem(line, "since", "contacts.error.since"));
                    }
                }
                experiences = List.of(
                        new CompanyInput.ExperienceInput(marketValue, modeValue, sinceYear, industryValue, null));
            }
            String languagesValue = cell(record, languages);
            var company = new CompanyInput(
                    cell(record, businessId),
                    cell(record, name),
                    cell(record, municipality),
                    industryValue,
                    cell(record, size),
                    cell(record, website),
                    languagesValue == null ? List.of() : splitLanguages(languagesValue),
                    cell(record, description),
                    Map.of(),
                    experiences,
                    List.of());
            for (FieldProblem p : validation.company(company, today)) {
                problems.add(new RowProblem(line, p.field().replace("experiences[0].", ""), p.code()));
            }
            if (company.businessId() != null) {
                Long earlier = seenIds.putIfAbsent(company.businessId(), line);
                if (earlier != null) {
                    problems.add(new RowProblem(line, "businessId", "contacts.error.duplicate"));
                }
            }
            List<PersonInput> persons = List.of();
            boolean hasPerson = false;
            for (int column : person) {
                hasPerson |= cell(record, column) != null;
            }
            String personNameValue = null;
            if (hasPerson) {
                personNameValue = cell(record, personName);
                var input = new PersonInput(
                        null,
                        null,
                        personNameValue,
                        cell(record, personRole),
                        cell(record, personEmail),
                        cell(record, personPhone),
                        List.of(),
                        Map.of(),
                        cell(record, legalBasis),
                        cell(record, consentPurpose),
                        cell(record, consentGivenOn),
                        cell(record, consentSource));
                for (FieldProblem p : validation.person(input, today)) {
                    problems.add(new RowProblem(line, personField(p.field()), p.code()));
                }
                if (input.email() != null) {
                    String email = input.email().toLowerCase(Locale.ROOT);
                    Long earlier = seenEmails.putIfAbsent(email, line);
                    if (earlier != null) {
                        problems.add(new RowProblem(line, "personEmail", "contacts.import.duplicate-email"));
                    }
                }
                persons = List.of(input);
            }
            rows.add(new RowPreview(line, company.businessId(), company.name(), personNameValue));
            return new Contacts.DemoCompany(company, persons);
        }
    }

    /**
     * A cell's languages, split where {@link #LANGUAGE_SEPARATOR} matches (commas, semicolons, white space), the empty
     * pieces left out (the company's input would drop them as blank).
     */
    static List<String> splitLanguages(String text) {
        var languages = new ArrayList<String>(4);
        int from = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? ',' : text.charAt(i);
            boolean separator = c == ',' || c == ';' || c == ' ' || (c >= '\t' && c <= '\r');
            if (separator) {
                if (from >= 0) {
                    languages.add(text.substring(from, i));
                    from = -1;
                }
            } else if (from < 0) {
                from = i;
            }
        }
        return languages;
    }

    /** The end of the checked rows. */
    private static final List<Contacts.DemoCompany> END = List.of();

    /** Rows checked between two hand-overs to the writer. */
    static final int HAND_OVER = 1_000;

    /** Ends the write when a problem has been found: nothing of it would be kept. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("A row has a problem: the import is not written", null, false, false);
        }
    }

    /** Waits for a check; its failure is this thread's. */
    private static <T> T finish(java.util.concurrent.FutureTask<T> checking) {
        try {
            return checking.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof java.sql.SQLException sql) {
                throw new ContactWriter.UncheckedSqlException(sql);
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            checking.cancel(true);
            throw new IllegalStateException("Interrupted while checking the import", e);
        }
    }

    private static String cell(Table.Row record, int column) {
        return column < 0 ? null : CompanyInput.clean(record.get(column));
    }

    private static String personField(String field) {
        return switch (field) {
            case "name" -> "personName";
            case "role" -> "personRole";
            case "email" -> "personEmail";
            case "phone" -> "personPhone";
            default -> field;
        };
    }

    /** Target field → column index in the file: the mapping's column, else a column named like the target. */
    private static Map<String, Integer> columns(List<String> header, Map<String, String> mapping) {
        var columns = new LinkedHashMap<String, Integer>();
        for (String target : TARGETS) {
            String wanted = mapping.get(target);
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i) == null ? "" : header.get(i).strip();
                if (wanted != null ? column.equals(wanted) : column.equalsIgnoreCase(target)) {
                    columns.put(target, i);
                }
            }
        }
        return columns;
    }
}
