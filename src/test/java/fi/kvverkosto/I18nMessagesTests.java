package fi.kvverkosto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every page speaks Finnish, Swedish and English: each message bundle has the same keys in all three languages, no
 * message is empty, and the templates carry no literal user-facing text (it all comes from the bundles).
 */
class I18nMessagesTests {

    static final Path I18N = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Attributes whose values users see or hear. */
    static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder", "value", "content");

    /** Text that is not language: punctuation, numbers, symbols, the product name. */
    static final Pattern NOT_LANGUAGE = Pattern.compile("[\\p{Punct}\\p{S}\\d\\s–—·…]*|kv-verkosto");

    @Test
    void everyBundleHasTheSameKeysInFinnishSwedishAndEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            Set<String> finnish = keys(bundle + ".properties");
            assertThat(finnish).as(bundle).isNotEmpty();
            for (String language : List.of("sv", "en")) {
                Set<String> other = keys(bundle + "_" + language + ".properties");
                var missing = new TreeSet<>(finnish);
                missing.removeAll(other);
                var extra = new TreeSet<>(other);
                extra.removeAll(finnish);
                if (!missing.isEmpty()) {
                    problems.add(bundle + "_" + language + " lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(bundle + "_" + language + " has keys Finnish lacks " + extra);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        List<String> empty = new ArrayList<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties properties = load(file);
                properties.forEach((key, value) -> {
                    if (value.toString().isBlank()) {
                        empty.add(file.getFileName() + ": " + key);
                    }
                });
            }
        }
        assertThat(empty).isEmpty();
    }

    @Test
    void templatesCarryNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var document = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
                for (Element element : document.getAllElements()) {
                    if (isReplaced(element)) {
                        continue;
                    }
                    for (TextNode text : element.textNodes()) {
                        String value = text.text().strip();
                        if (!value.isEmpty() && !NOT_LANGUAGE.matcher(value).matches()) {
                            literals.add(
                                    TEMPLATES.relativize(file) + ": <" + element.tagName() + "> \"" + value + "\"");
                        }
                    }
                    for (var attribute : element.attributes()) {
                        if (TEXT_ATTRIBUTES.contains(attribute.getKey())
                                && !element.tagName().equals("meta")
                                && !NOT_LANGUAGE.matcher(attribute.getValue()).matches()
                                && !(attribute.getKey().equals("value") && !isVisibleValue(element))) {
                            literals.add(TEMPLATES.relativize(file) + ": <" + element.tagName() + " "
                                    + attribute.getKey() + "=\"" + attribute.getValue() + "\">");
                        }
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    /** Elements whose body Thymeleaf replaces: their text is only a designer's placeholder. */
    private static boolean isReplaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("th:text")
                    || e.hasAttr("th:utext")
                    || e.hasAttr("th:replace")
                    || e.hasAttr("th:insert")
                    || e.hasAttr("th:remove")) {
                return true;
            }
        }
        return false;
    }

    /** A value attribute is seen only on buttons and submit inputs. */
    private static boolean isVisibleValue(Element element) {
        String type = element.attr("type");
        return element.tagName().equals("button") || type.equals("submit") || type.equals("button");
    }

    private static Set<String> bundles() throws IOException {
        Set<String> bundles = new TreeSet<>();
        try (Stream<Path> files = Files.list(I18N)) {
            files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.matches(".*_(sv|en)\\.properties"))
                    .forEach(name -> bundles.add(name.substring(0, name.length() - ".properties".length())));
        }
        return bundles;
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(load(I18N.resolve(file)).stringPropertyNames());
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(file);
                var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
