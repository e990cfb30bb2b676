package fi.kvverkosto.interop;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading and writing the catalogue's JSON: strict when reading (duplicate keys and trailing text are errors, numbers
 * keep their exact decimal value), and when writing the layout of the catalogue's own files (two-space indentation,
 * {@code "key": value}, UTF-8 without escapes, a final newline) so that exports diff cleanly against imports.
 */
final class HsdsJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final ObjectWriter PRETTY;

    static {
        var indenter = new DefaultIndenter("  ", "\n");
        var separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        var printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        PRETTY = MAPPER.writer().with(printer);
    }

    private HsdsJson() {}

    /** A parsed file, or where and why it is not JSON. */
    record Parsed(JsonNode root, Integer line, Integer column) {

        Optional<JsonNode> node() {
            return Optional.ofNullable(root);
        }
    }

    static Parsed parse(byte[] content) {
        try {
            JsonNode root = MAPPER.readTree(content);
            if (root == null || root.isMissingNode()) {
                return new Parsed(null, 1, 1);
            }
            return new Parsed(root, null, null);
        } catch (JacksonException e) {
            var location = e.getLocation();
            return new Parsed(
                    null,
                    location == null ? 1 : Math.max(1, location.getLineNr()),
                    location == null ? 1 : Math.max(1, location.getColumnNr()));
        }
    }

    static byte[] write(JsonNode node) {
        return (PRETTY.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** Amounts as JSON numbers: whole numbers without a decimal point ({@code 0}, {@code 150}), others as they are. */
    static JsonNode number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return NODES.numberNode(stripped.toBigIntegerExact());
        }
        return NODES.numberNode(stripped);
    }
}
