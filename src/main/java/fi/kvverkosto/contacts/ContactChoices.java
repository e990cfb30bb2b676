package fi.kvverkosto.contacts;

import java.util.List;
import java.util.Locale;

/** The options of the staff's and members' forms' lists: markets, modes, municipalities, industries, size classes, fields and visibility levels. */
public final class ContactChoices {

    private final ContactReference.Codes codes;

    ContactChoices(ContactReference.Codes codes) {
        this.codes = codes;
    }

    /** A code with its name in the language. */
    public record Choice(String code, String name) {}

    public List<Choice> municipalities(Locale locale) {
        return codes.municipalities().entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue().text(locale)))
                .toList();
    }

    /** The municipalities the distance filter can start from (those with a known centre), by name. */
    public List<Choice> centres(Locale locale) {
        return municipalities(locale).stream()
                .filter(c -> MunicipalityCentres.known(c.code()))
                .sorted(java.util.Comparator.comparing(Choice::name))
                .toList();
    }

    public List<Choice> industries(Locale locale) {
        return codes.industries().entrySet().stream()
                .map(e ->
                        new Choice(e.getKey(), e.getKey() + " – " + e.getValue().text(locale)))
                .toList();
    }

    public List<Choice> markets(Locale locale) {
        return codes.markets().entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue().text(locale)))
                .sorted(java.util.Comparator.comparing(Choice::name))
                .toList();
    }

    public List<Mode> modes() {
        return List.of(Mode.values());
    }

    public List<SizeClass> sizes() {
        return List.of(SizeClass.values());
    }

    public List<CompanyField> fields() {
        return List.of(CompanyField.values());
    }

    public List<Visibility> levels() {
        return List.of(Visibility.values());
    }
}
