package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.identity.Roles;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSV import: every bad row is reported with its line and field, nothing is written when any row is wrong,
 * duplicates by Business ID and e-mail (in the database and within the file) are caught, a column mapping is applied,
 * and a clean file is written whole.
 */
@DemoDataServerTest
class ContactImportTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CompanyRepository companies;

    @Autowired
    ContactImport importer;

    @Autowired
    ContactWriter writer;

    @Autowired
    ContactSearch search;

    @AfterEach
    void defaultOrder() {
        importer.writeWhileChecking(false);
        writer.partSize(ContactWriter.PART);
    }

    JsonNode upload(String csv, boolean write, String... mapping) {
        var request = mvc.post()
                .uri("/api/v1/contacts/import")
                .multipart()
                .file(new MockMultipartFile("file", "yritykset.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("write", String.valueOf(write))
                .with(csrf())
                .with(user("tuoja").roles(Roles.EDITOR));
        for (int i = 0; i < mapping.length; i += 2) {
            request = request.param("map." + mapping[i], mapping[i + 1]);
        }
        var result = request.exchange();
        assertThat(result.getResponse().getStatus()).isIn(200, 422);
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    static List<String> problems(JsonNode result) {
        var list = new ArrayList<String>();
        result.get("problems")
                .forEach(p ->
                        list.add(p.get("line").asLong() + ":" + p.get("field").asString()));
        return list;
    }

    @Test
    void everyBadRowIsReportedAndNothingIsWritten() {
        long before = companies.count();
        String demoBusinessId = companies.findAll().getFirst().businessId();
        String csv = """
                businessId,name,municipality,industry,market,mode,since,personName,personEmail,legalBasis,consentPurpose,consentGivenOn,consentSource
                3100000-3,Hyvä Rivi Oy,179,C,SE,export,2019,Hanna Hyvä,hanna@hyva.example.org,consent,Yhteyshenkilö,2026-01-01,messut
                2617416-5,Väärä Tarkiste Oy,179,C,SE,export,2019,,,,,,
                %s,Tuplatunnus Oy,179,C,,,,,,,,,
                3100001-1,Tuplaposti Oy,179,C,,,,Kaisa Kaksi,hanna@hyva.example.org,consent,Yhteyshenkilö,2026-01-01,messut
                3100003-8,Huono Posti Oy,999,Z,XX,smuggling,3000,Pekka Posti,ei-osoite,maybe,,2099-01-01,
                """.formatted(demoBusinessId);
        var result = upload(csv, true);
        assertThat(result.get("written").asBoolean()).isFalse();
        assertThat(problems(result))
                .contains(
                        "3:businessId",
                        "4:businessId",
                        "5:personEmail",
                        "6:municipality",
                        "6:industry",
                        "6:market",
                        "6:mode",
                        "6:since",
                        "6:personEmail",
                        "6:legalBasis",
                        "6:consentPurpose",
                        "6:consentGivenOn",
                        "6:consentSource")
                .noneMatch(p -> p.startsWith("2:"));
        assertThat(companies.count()).isEqualTo(before);
        assertThat(companies.findByBusinessId("3100000-3")).isEmpty();
    }

    @Test
    void aCleanFileIsPreviewedThenWrittenWithItsColumnMapping() {
        long before = companies.count();
        String csv = """
                Y-tunnus;Nimi;Kunta;Toimiala;Markkina;Tapa
                3200000-5;Kartoitettu Yksi Oy;182;C;NO;export
                3200001-3;Kartoitettu Kaksi Oy;179;J;DE;partner
                """.replace(';', ',');
        String[] mapping = {
            "businessId",
            "Y-tunnus",
            "name",
            "Nimi",
            "municipality",
            "Kunta",
            "industry",
            "Toimiala",
            "market",
            "Markkina",
            "mode",
            "Tapa"
        };
        var preview = upload(csv, false, mapping);
        assertThat(problems(preview)).isEmpty();
        assertThat(preview.get("rows")).hasSize(2);
        assertThat(preview.get("written").asBoolean()).isFalse();
        assertThat(companies.count()).isEqualTo(before);

        var written = upload(csv, true, mapping);
        assertThat(written.get("written").asBoolean()).isTrue();
        assertThat(companies.count()).isEqualTo(before + 2);
        var found = JSON.readTree(mvc.get()
                .uri("/api/v1/contacts/companies?q=Kartoitettu&market=NO")
                .exchange()
                .getResponse()
                .getContentAsByteArray());
        assertThat(found.get("total").asLong()).isEqualTo(1);

        // The same file again: every row is now a duplicate.
        var again = upload(csv, true, mapping);
        assertThat(problems(again)).containsExactly("2:businessId", "3:businessId");
        assertThat(companies.count()).isEqualTo(before + 2);
    }

    static byte[] workbook(String[]... rows) throws java.io.IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("Yritykset");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (c == 2 && r > 0) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c])); // a year typed as a number
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    JsonNode uploadXlsx(byte[] content, boolean write) {
        var result = mvc.post()
                .uri("/api/v1/contacts/import")
                .multipart()
                .file(new MockMultipartFile(
                        "file",
                        "yritykset.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        content))
                .param("write", String.valueOf(write))
                .param("map.since", "Vuosi")
                .with(csrf())
                .with(user("tuoja").roles(Roles.EDITOR))
                .exchange();
        assertThat(result.getResponse().getStatus()).isIn(200, 422);
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    @Test
    void xlsxIsReadLikeCsvAllOrNothing() throws java.io.IOException {
        long before = companies.count();
        var bad = uploadXlsx(
                workbook(
                        new String[] {"name", "market", "Vuosi", "mode", "municipality"},
                        new String[] {"Taulukko Yksi Oy", "NO", "2018", "export", "179"},
                        new String[] {"Taulukko Kaksi Oy", "NO", "2018", "export", "999"}),
                true);
        assertThat(problems(bad)).containsExactly("3:municipality");
        assertThat(companies.count()).isEqualTo(before);

        var good = uploadXlsx(
                workbook(
                        new String[] {"name", "market", "Vuosi", "mode", "municipality"},
                        new String[] {"Taulukko Yksi Oy", "NO", "2018", "export", "179"}),
                true);
        assertThat(good.get("written").asBoolean()).isTrue();
        assertThat(companies.count()).isEqualTo(before + 1);
        var stored = JSON.readTree(mvc.get()
                .uri("/api/v1/contacts/companies?q=Taulukko")
                .exchange()
                .getResponse()
                .getContentAsByteArray());
        assertThat(stored.get("companies")
                        .get(0)
                        .get("experiences")
                        .get(0)
                        .get("since")
                        .asInt())
                .isEqualTo(2018);
        assertThat(uploadXlsx("not a workbook".getBytes(StandardCharsets.UTF_8), false)
                        .get("problems")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("file");
    }

    @Autowired
    PersonRepository people;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    /** The bulk write (COPY on PostgreSQL, JDBC batches on H2) stores what a staff member's form would. */
    @Test
    void writtenRowsHoldWhatAFormWouldWriteAndAreSearchable() {
        String csv = """
                businessId,name,municipality,industry,size,languages,market,mode,since,personName,personRole,personEmail,personPhone,legalBasis,consentPurpose,consentGivenOn,consentSource
                3510000-1,Kirjoitettu Rivi Oy,410,J,small,fi;en,DE,partner,2015,Outi Kirjoitus,vientipäällikkö,Outi.Kirjoitus@Example.org,+358 40 1234567,consent,Yhteyshenkilö,2026-02-01,messut
                """;
        var written = upload(csv, true);
        assertThat(problems(written)).isEmpty();
        assertThat(written.get("written").asBoolean()).isTrue();
        transactions.executeWithoutResult(status -> {
            var company = companies.findByBusinessId("3510000-1").orElseThrow();
            assertThat(company.name()).isEqualTo("Kirjoitettu Rivi Oy");
            assertThat(company.municipalityCode()).isEqualTo("410");
            assertThat(company.industryCode()).isEqualTo("J");
            assertThat(company.sizeClass()).isEqualTo(SizeClass.SMALL);
            assertThat(company.languages()).containsExactly("fi", "en");
            assertThat(company.demo()).isFalse();
            assertThat(company.reviewedAt()).isNotNull();
            assertThat(company.experiences()).singleElement().satisfies(e -> {
                assertThat(e.market()).isEqualTo("DE");
                assertThat(e.mode()).isEqualTo(Mode.fromCode("partner").orElseThrow());
                assertThat(e.sinceYear()).isEqualTo(2015);
                assertThat(e.industryCode()).isEqualTo("J");
            });
            var person = people.findByCompany(company).getFirst();
            assertThat(person.name()).isEqualTo("Outi Kirjoitus");
            assertThat(person.role()).isEqualTo("vientipäällikkö");
            assertThat(person.email()).isEqualTo("Outi.Kirjoitus@Example.org");
            assertThat(person.phone()).isEqualTo("+358 40 1234567");
            assertThat(person.legalBasis()).isEqualTo(LegalBasis.CONSENT);
            assertThat(person.consentGivenOn()).isEqualTo(java.time.LocalDate.parse("2026-02-01"));
            assertThat(person.consentSource()).isEqualTo("messut");
            assertThat(person.usable()).isTrue();
            // The instants as written (PostgreSQL: binary COPY, microseconds from 2000-01-01) read back the same.
            assertThat(company.lastModified()).isEqualTo(company.reviewedAt()).isEqualTo(person.lastModified());
            assertThat(company.lastModified())
                    .isBetween(
                            Instant.parse("2020-01-01T00:00:00Z"), Instant.now().plusSeconds(86_400L * 366));
        });
        var found = JSON.readTree(mvc.get()
                .uri("/api/v1/contacts/companies?q=Kirjoitettu&market=DE&mode=partner&municipality=410")
                .exchange()
                .getResponse()
                .getContentAsByteArray());
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("companies")
                        .get(0)
                        .get("experiences")
                        .get(0)
                        .get("since")
                        .asInt())
                .isEqualTo(2015);

        // An e-mail already held, in another case, is a duplicate; so is the Business ID.
        var again = upload("""
                businessId,name,personName,personEmail,legalBasis,consentPurpose,consentGivenOn,consentSource
                3510002-8,Toinen Rivi Oy,Outi Toinen,outi.kirjoitus@example.ORG,legitimate-interest,Yhteys,2026-01-01,messut
                3510000-1,Kolmas Rivi Oy,,,,,,
                """, true);
        assertThat(problems(again)).containsExactly("2:personEmail", "3:businessId");
        assertThat(companies.findByBusinessId("3510002-8")).isEmpty();
    }

    @Test
    void aMappingToAColumnThatIsNotThereIsReported() {
        var result = upload("name\nYksi Oy\n", false, "businessId", "Y-tunnus");
        assertThat(problems(result)).containsExactly("1:businessId");
    }

    /** A valid Business ID (check digit) for the number {@code n} of seven digits. */
    static String businessId(int n) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        String digits = "%07d".formatted(n);
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int rest = sum % 11;
        return rest == 1 ? null : digits + "-" + (rest == 0 ? 0 : 11 - rest);
    }

    /**
     * A file of {@code count} good rows (fresh Business IDs from 0800000 up, e-mails tagged {@code tag}, market LT); the
     * header is line 1, so row {@code i} is on line {@code i + 2}. {@code replace} changes cells of a row by index.
     */
    static List<String[]> largeFile(int count, String tag) {
        return largeFile(count, tag, 800_000);
    }

    /** The same with Business IDs from {@code first} up (a file that is written must not take those of another). */
    static List<String[]> largeFile(int count, String tag, int first) {
        var rows = new ArrayList<String[]>();
        for (int n = first; rows.size() < count; n++) {
            String id = businessId(n);
            if (id != null) {
                int i = rows.size();
                rows.add(new String[] {
                    id,
                    "Putki " + tag + " " + i + " Oy",
                    "179",
                    "C",
                    "LT",
                    "export",
                    "2019",
                    "Pia Putki",
                    "pia." + i + "@" + tag + ".example.org",
                    "consent",
                    "Yhteyshenkilö",
                    "2026-01-01",
                    "messut"
                });
            }
        }
        return rows;
    }

    static String csv(List<String[]> rows) {
        var text = new StringBuilder(
                "businessId,name,municipality,industry,market,mode,since,personName,personEmail,legalBasis,consentPurpose,"
                        + "consentGivenOn,consentSource\n");
        for (String[] row : rows) {
            text.append(String.join(",", row)).append('\n');
        }
        return text.toString();
    }

    // The rows are written while they are still being checked (ADR 0012): a problem found after the first rows have
    // been sent must still leave nothing written, and every problem must still be reported.

    @ParameterizedTest(name = "writing while checking: {0}")
    @ValueSource(booleans = {false, true})
    void badRowsLateInALargeFileWriteNothingAndAreAllReported(boolean whileChecking) {
        importer.writeWhileChecking(whileChecking);
        writer.partSize(700); // the first parts' people are written before the problems are found
        long before = companies.count();
        var rows = largeFile(3_000, "myohassa");
        rows.get(1_998)[2] = "999"; // line 2000: no such municipality
        rows.get(2_999)[8] = "ei-osoite"; // line 3001, the last: not an e-mail
        var result = upload(csv(rows), true);
        assertThat(result.get("written").asBoolean()).isFalse();
        assertThat(problems(result)).containsExactly("2000:municipality", "3001:personEmail");
        assertThat(companies.count()).isEqualTo(before);
        assertThat(companies.findByBusinessId(rows.getFirst()[0])).isEmpty();
        assertThat(people.findByEmail(rows.getFirst()[8])).isEmpty();
    }

    @ParameterizedTest(name = "writing while checking: {0}")
    @ValueSource(booleans = {false, true})
    void duplicatesOfTheDatabaseLateInALargeFileAreReportedAndNothingIsWritten(boolean whileChecking) {
        importer.writeWhileChecking(whileChecking);
        writer.partSize(700);
        long before = companies.count();
        String heldId = companies.findAll().getFirst().businessId();
        String heldEmail = people.findAll().stream()
                .map(Person::email)
                .filter(e -> e != null)
                .findFirst()
                .orElseThrow();
        var rows = largeFile(3_000, "tuplat");
        rows.get(2_499)[0] = heldId; // line 2501: a company the database holds
        rows.get(2_999)[8] = heldEmail.toUpperCase(java.util.Locale.ROOT); // line 3001: a person's e-mail, other case
        var result = upload(csv(rows), true);
        assertThat(result.get("written").asBoolean()).isFalse();
        assertThat(problems(result)).containsExactly("2501:businessId", "3001:personEmail");
        assertThat(companies.count()).isEqualTo(before);
        assertThat(companies.findByBusinessId(rows.getFirst()[0])).isEmpty();

        // Only the e-mail: the database takes every row (no unique e-mail), and the import still writes nothing.
        rows.get(2_499)[0] = businessId(799_999);
        var again = upload(csv(rows), true);
        assertThat(problems(again)).containsExactly("3001:personEmail");
        assertThat(companies.count()).isEqualTo(before);
        assertThat(people.findByEmail(rows.getFirst()[8])).isEmpty();
    }

    /**
     * Written in parts (each part's companies, then their experience and people): every row whole, in every part. The
     * companies are removed again afterwards, so that the tests sharing this context see the demo data as it was.
     */
    @ParameterizedTest(name = "writing while checking: {0}")
    @ValueSource(booleans = {false, true})
    void aLargeFileIsWrittenWholeInParts(boolean whileChecking) {
        importer.writeWhileChecking(whileChecking);
        writer.partSize(250);
        String tag = whileChecking ? "osissa-kesken" : "osissa";
        var rows = largeFile(600, tag, whileChecking ? 860_000 : 850_000);
        long before = companies.count();
        try {
            var result = upload(csv(rows), true);
            assertThat(result.get("written").asBoolean()).isTrue();
            assertThat(companies.count()).isEqualTo(before + 600);
            for (int i : new int[] {0, 249, 250, 499, 500, 599}) {
                var row = rows.get(i);
                transactions.executeWithoutResult(status -> {
                    var company = companies.findByBusinessId(row[0]).orElseThrow();
                    assertThat(company.name()).isEqualTo(row[1]);
                    assertThat(company.experiences())
                            .singleElement()
                            .satisfies(e -> assertThat(e.market()).isEqualTo("LT"));
                    assertThat(people.findByEmail(row[8]))
                            .singleElement()
                            .satisfies(p -> assertThat(p.company().id()).isEqualTo(company.id()));
                });
            }
        } finally {
            transactions.executeWithoutResult(status -> rows.forEach(row -> {
                people.deleteAll(people.findByEmail(row[8]));
                companies.findByBusinessId(row[0]).ifPresent(companies::delete);
            }));
            search.changed();
        }
        assertThat(companies.count()).isEqualTo(before);
    }
}
