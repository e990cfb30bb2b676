package fi.kvverkosto.finder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** The finder's word lists: resources of one entry a line, blank lines and lines starting with '#' left out. */
final class WordList {

    private WordList() {}

    /** The entries of the resource, each stripped of surrounding blanks. */
    static List<String> read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return entries(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The entries of a list's text, each stripped of surrounding blanks. */
    static List<String> entries(String text) {
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }
}
