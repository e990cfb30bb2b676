package fi.kvverkosto.interop;

import fi.kvverkosto.shared.Language;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The translation convention of ADR 0004: HSDS has one text per field, so a text in another language travels as an
 * attribute whose term is {@code translation:<field>.<lang>} and whose {@code value} is the text.
 *
 * <p>When an export needs a translation term the data lacks, it adds it with the fixed id listed here (the one the
 * benchmark catalogue and the demo dataset use), so that repeated exports and other instances agree on the ids; the
 * {@code translation} taxonomy likewise.
 */
final class Translations {

    static final String TAXONOMY_KEY = "translation";
    static final UUID TAXONOMY_ID = UUID.fromString("b4c0e90d-8658-471b-89f1-3c615fa65072");
    static final String TAXONOMY_NAME = "Translation fields";
    static final String TAXONOMY_DESCRIPTION = "Käännetyt kentät: termillä luokitellun attribuutin value-kentässä on"
            + " kohteen teksti toisella kielellä. Taxonomy key: translation.";

    /** Separates a term's label from its definition in an HSDS term description: {@code Rahoitus – Yritys ...}. */
    static final String LABEL_SEPARATOR = " – ";

    private static final Pattern CODE = Pattern.compile("translation:([a-z_]+)\\.([a-z]{2})");

    private static final Set<String> FIELDS =
            Set.of("name", "description", "alert", "eligibility_description", "fees_description", "option");

    /**
     * The terms an export adds when the data lacks them: the ids, names and descriptions the benchmark catalogue and
     * the built-in demo dataset use, so that exports of every instance agree with them and with each other.
     */
    private static final Map<String, FixedTerm> FIXED = Map.ofEntries(
            fixed(
                    "name.en",
                    "024084ac-8422-4df2-8413-6911fd9cc4f9",
                    "English name",
                    "Englanninkielinen nimi",
                    "kohteen nimi englanniksi"),
            fixed(
                    "name.sv",
                    "4c6b19c4-e1a7-4c87-b761-3d61707376aa",
                    "Swedish name",
                    "Ruotsinkielinen nimi",
                    "kohteen nimi ruotsiksi"),
            fixed(
                    "description.en",
                    "e5b6917a-65da-4d8c-8f10-34d62bc2e2b4",
                    "English description",
                    "Englanninkielinen kuvaus",
                    "kohteen kuvaus englanniksi"),
            fixed(
                    "description.sv",
                    "331c5f3b-4fd4-4db6-9b3d-cad50c7537b0",
                    "Swedish description",
                    "Ruotsinkielinen kuvaus",
                    "kohteen kuvaus ruotsiksi"),
            fixed(
                    "alert.en",
                    "511e2ca4-44d7-4242-b696-61083688d37d",
                    "English alert",
                    "Englanninkielinen huomautus",
                    "palvelun huomautus (alert) englanniksi"),
            fixed(
                    "alert.sv",
                    "d5c5f754-995c-4512-b0e1-0a1bc3bc5add",
                    "Swedish alert",
                    "Ruotsinkielinen huomautus",
                    "palvelun huomautus (alert) ruotsiksi"),
            fixed(
                    "eligibility_description.en",
                    "580a95f0-108a-41fd-8876-bdfccc524ec0",
                    "English eligibility description",
                    "Englanninkielinen kohderyhmäkuvaus",
                    "kuvaus siitä, kenelle palvelu on tarkoitettu, englanniksi"),
            fixed(
                    "eligibility_description.sv",
                    "832b432d-b3b2-496e-81f6-85a581b4895d",
                    "Swedish eligibility description",
                    "Ruotsinkielinen kohderyhmäkuvaus",
                    "kuvaus siitä, kenelle palvelu on tarkoitettu, ruotsiksi"),
            fixed(
                    "fees_description.en",
                    "b8125384-4a08-446b-9b6c-faee2f244448",
                    "English fees description",
                    "Englanninkielinen hintatieto",
                    "palvelun maksuja koskeva kuvaus englanniksi"),
            fixed(
                    "fees_description.sv",
                    "06d93398-d93f-4155-81a1-5e36030a7826",
                    "Swedish fees description",
                    "Ruotsinkielinen hintatieto",
                    "palvelun maksuja koskeva kuvaus ruotsiksi"),
            fixed(
                    "option.en",
                    "a9356cab-bb2f-4cb8-8605-500b610a3839",
                    "English cost option",
                    "Englanninkielinen hintavaihtoehto",
                    "hintavaihtoehdon (cost option) teksti englanniksi"),
            fixed(
                    "option.sv",
                    "8213d796-6697-4868-a202-8eceb16791a0",
                    "Swedish cost option",
                    "Ruotsinkielinen hintavaihtoehto",
                    "hintavaihtoehdon (cost option) teksti ruotsiksi"));

    private Translations() {}

    /** A translation term an export may add: its id, HSDS name and description. */
    private record FixedTerm(UUID id, String name, String description) {}

    private static Map.Entry<String, FixedTerm> fixed(String key, String id, String name, String label, String value) {
        return Map.entry(
                key,
                new FixedTerm(
                        UUID.fromString(id),
                        name,
                        label + LABEL_SEPARATOR + "Attribuutin value-kentässä on " + value + "."));
    }

    /** Which field a translation is of and in which language; {@link #key()} names it in the attribute-id table. */
    record Code(String field, Language language) {

        String code() {
            return TAXONOMY_KEY + ":" + key();
        }

        String key() {
            return field + "." + language.code();
        }

        static Code of(String field, Language language) {
            return new Code(field, language);
        }

        /** The translation a term code stands for; empty for other codes and unknown fields or languages. */
        static Optional<Code> parse(String code) {
            if (code == null) {
                return Optional.empty();
            }
            var matcher = CODE.matcher(code);
            if (!matcher.matches() || !FIELDS.contains(matcher.group(1))) {
                return Optional.empty();
            }
            return Language.fromCode(matcher.group(2)).map(language -> new Code(matcher.group(1), language));
        }

        /** The id of the term an export adds for this translation; exports write Swedish and English ones only. */
        UUID fixedTermId() {
            return fixedTerm().id();
        }

        /** The added term's HSDS name, in English like the catalogue's: "Swedish description". */
        String termName() {
            return fixedTerm().name();
        }

        /** The added term's description: Finnish label and definition, as every term has. */
        String termDescription() {
            return fixedTerm().description();
        }

        private FixedTerm fixedTerm() {
            var term = FIXED.get(key());
            if (term == null) {
                throw new IllegalArgumentException("No translation term is added for " + code());
            }
            return term;
        }
    }

    /** {@code <label> – <definition>}, or the one that is there. */
    static String join(String label, String definition) {
        if (label == null) {
            return definition;
        }
        return definition == null ? label : label + LABEL_SEPARATOR + definition;
    }

    /** The label and the definition (null when there is none) of a term description. */
    static String[] split(String description) {
        if (description == null) {
            return new String[] {null, null};
        }
        int at = description.indexOf(LABEL_SEPARATOR);
        if (at < 0) {
            return new String[] {description, null};
        }
        return new String[] {description.substring(0, at), description.substring(at + LABEL_SEPARATOR.length())};
    }
}
