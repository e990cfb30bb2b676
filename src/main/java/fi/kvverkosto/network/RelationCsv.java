package fi.kvverkosto.network;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV form of declared relations: one relation a row, UTF-8, comma-separated, with a header. The names are there
 * for people reading the file and are ignored on import; ids decide. A row without an id is a new relation. The
 * {@code service_id} column (the service the relation is about) may be missing from older files; a co-delivery needs it.
 */
final class RelationCsv {

    static final List<String> HEADER = List.of(
            "id",
            "source_id",
            "source_name",
            "target_id",
            "target_name",
            "type",
            "service_id",
            "service_name",
            "description_fi",
            "description_sv",
            "description_en",
            "evidence",
            "valid_from",
            "valid_to",
            "demo");

    private static final CSVFormat WRITE = CSVFormat.RFC4180
            .builder()
            .setHeader(HEADER.toArray(String[]::new))
            .setRecordSeparator("\n")
            .get();

    private static final CSVFormat READ = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private RelationCsv() {}

    /**
     * One row as read.
     *
     * @param line the line of the file it starts on (the header is line 1)
     * @param id the id given, or null for a new relation
     * @param idText the id as written, when it is not a valid id
     */
    record Row(long line, UUID id, String idText, RelationForm form, boolean demo) {}

    /** The rows of a file, or the problem that it is not a relations CSV at all. */
    record Parsed(List<Row> rows, String missingColumn) {}

    static Parsed read(Reader reader) throws IOException {
        try (CSVParser parser = READ.parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : List.of("source_id", "target_id", "type")) {
                if (header == null || !header.containsKey(column)) {
                    return new Parsed(List.of(), column);
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Function<String, String> get = column ->
                        record.isMapped(column) && record.isSet(column) ? RelationForm.clean(record.get(column)) : null;
                var form = new RelationForm();
                form.setVersion(null);
                form.setSourceId(get.apply("source_id"));
                form.setTargetId(get.apply("target_id"));
                form.setType(get.apply("type"));
                form.setServiceId(get.apply("service_id"));
                form.setDescriptionFi(get.apply("description_fi"));
                form.setDescriptionSv(get.apply("description_sv"));
                form.setDescriptionEn(get.apply("description_en"));
                form.setEvidence(get.apply("evidence"));
                form.setValidFrom(get.apply("valid_from"));
                form.setValidTo(get.apply("valid_to"));
                String idText = get.apply("id");
                UUID id = null;
                if (idText != null) {
                    try {
                        id = UUID.fromString(idText);
                    } catch (IllegalArgumentException e) {
                        // reported by validation with the line
                    }
                }
                rows.add(new Row(
                        // The header is line 1; a value with a line break would push later rows further down.
                        record.getRecordNumber() + 1,
                        id,
                        id == null ? idText : null,
                        form,
                        "true".equalsIgnoreCase(get.apply("demo"))));
            }
            return new Parsed(rows, null);
        }
    }

    /**
     * Writes relations; {@code names} gives each organisation's name, {@code serviceNames} each service's, for the
     * reader of the file.
     */
    static void write(
            List<Relation> relations, Function<UUID, String> names, Function<UUID, String> serviceNames, Writer out) {
        // Not closed: that would close the caller's stream (a response).
        try {
            CSVPrinter printer = new CSVPrinter(out, WRITE);
            for (Relation r : relations) {
                printer.printRecord(
                        r.id(),
                        r.sourceId(),
                        names.apply(r.sourceId()),
                        r.targetId(),
                        names.apply(r.targetId()),
                        r.type().code(),
                        r.serviceId(),
                        r.serviceId() == null ? null : serviceNames.apply(r.serviceId()),
                        r.description().fi(),
                        r.description().sv(),
                        r.description().en(),
                        r.evidence(),
                        r.validFrom(),
                        r.validTo(),
                        r.demo());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
