package fi.kvverkosto.interop;

import fi.kvverkosto.shared.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The translation convention of ADR 0004: HSDS has one text per field, so a text in another language travels as an
 * attribute whose term is {@code translation:<field>.<lang>} and whose {@code value} is the text.
 *
 * <p>When an export needs a translation term the data lacks, it adds it with the fixed id listed here, so that
 * repeated exports (and other instances) agree on the ids; the {@code translation} taxonomy likewise.
 */
final class Translations {

    static final String TAXONOMY_KEY = "translation";
    static final UUID TAXONOMY_ID = UUID.fromString("42509d6d-a1f1-423d-9ea0-1b89b6adf1d2");
    static final String TAXONOMY_NAME = "Translation fields";
    static final String TAXONOMY_DESCRIPTION = "Käännöskentät: attribuutin value-kenttä sisältää linkitetyn kohteen"
            + " tekstin toisella kielellä. Taxonomy key: translation.";

    /** Separates a term's label from its definition in an HSDS term description: {@code Rahoitus – Yritys ...}. */
    static final String LABEL_SEPARATOR = " – ";

    private static final Pattern CODE = Pattern.compile("translation:([a-z_]+)\\.([a-z]{2})");

    /** Fields with translations, and the fixed ids of their terms in Finnish, Swedish and English. */
    private static final Map<String, List<String>> FIXED_IDS = Map.of(
            "name",
            List.of(
                    "efd74a4d-b61f-40ce-8745-c5d02c4537f9",
                    "133b7844-56c9-40c0-a40a-46af8b70c1b0",
                    "4ceccbf3-bc38-43b8-acfa-a5b345f2a420"),
            "description",
            List.of(
                    "70e7a542-4885-4566-bd8b-1f2b0ad2da34",
                    "bb7c6a5f-4924-4d98-a196-df2a29a8eb58",
                    "cdb1decb-dda0-4961-bf4e-b8c8d053b2cc"),
            "alert",
            List.of(
                    "75923603-4389-4d2c-8edc-01739e566c32",
                    "4424f921-d1e1-476b-a29c-2662c7188091",
                    "b7456ebc-af4f-47e6-b787-3cff87147e18"),
            "eligibility_description",
            List.of(
                    "de8bf0cd-9b6f-4492-924a-f897673ed131",
                    "8b25fb0c-8249-453c-a17c-e145d71142ec",
                    "2a9d8575-d372-4564-b128-38be00ca9e42"),
            "fees_description",
            List.of(
                    "82678127-38d6-4a19-80d8-1dd0d982922f",
                    "d346245b-cd21-4bf4-91ce-1c51c270e2c2",
                    "c7254471-adcb-4d23-b070-5b9b69abb213"),
            "option",
            List.of(
                    "c4964e11-9dbd-484e-ad53-a28363b9157f",
                    "d99504cd-e518-4bf2-94b8-65bdb06dd918",
                    "7f22f556-a34e-461d-81b2-dddf1ec5f1fc"));

    private static final Map<String, String[]> FIELD_NAMES = Map.of(
            "name", new String[] {"name", "nimi"},
            "description", new String[] {"description", "kuvaus"},
            "alert", new String[] {"alert", "huomautus"},
            "eligibility_description", new String[] {"eligibility description", "kohderyhmän kuvaus"},
            "fees_description", new String[] {"fees description", "hintatiedot"},
            "option", new String[] {"cost option", "hintavaihtoehto"});

    private Translations() {}

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
            if (!matcher.matches() || !FIXED_IDS.containsKey(matcher.group(1))) {
                return Optional.empty();
            }
            return Language.fromCode(matcher.group(2)).map(language -> new Code(matcher.group(1), language));
        }

        UUID fixedTermId() {
            return UUID.fromString(FIXED_IDS.get(field).get(language.ordinal()));
        }

        /** The added term's HSDS name, in English like the catalogue's: "Swedish description". */
        String termName() {
            String language = switch (this.language) {
                case FI -> "Finnish";
                case SV -> "Swedish";
                case EN -> "English";
            };
            return language + " " + FIELD_NAMES.get(field)[0];
        }

        /** The added term's description: Finnish label and definition, as every term has. */
        String termDescription() {
            String[] adjective = switch (language) {
                case FI -> new String[] {"Suomenkielinen", "suomeksi"};
                case SV -> new String[] {"Ruotsinkielinen", "ruotsiksi"};
                case EN -> new String[] {"Englanninkielinen", "englanniksi"};
            };
            String field = FIELD_NAMES.get(this.field)[1];
            return adjective[0] + " " + field + LABEL_SEPARATOR + "Attribuutin value = kohteen " + field + " "
                    + adjective[1] + ".";
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
