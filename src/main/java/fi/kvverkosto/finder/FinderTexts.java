package fi.kvverkosto.finder;

import fi.kvverkosto.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Says the finder's reasons and profile in a language: codes become the labels of the directory's vocabulary. */
@Component
class FinderTexts {

    private final MessageSource messages;

    FinderTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<String> reasons(List<Reason> reasons, Vocabulary vocabulary, Language language) {
        List<String> texts = new ArrayList<>();
        for (Reason reason : reasons) {
            texts.add(reason(reason, vocabulary, language));
        }
        return texts;
    }

    String reason(Reason reason, Vocabulary vocabulary, Language language) {
        List<String> args = reason.arguments();
        Object[] shown = switch (reason.kind()) {
            case "need" -> new Object[] {label(vocabulary, Vocabulary.NEED, args.get(0), language)};
            case "stage" ->
                args.isEmpty()
                        ? new Object[0]
                        : new Object[] {args.get(0), label(vocabulary, Vocabulary.STAGE, args.get(0), language)};
            case "market" -> new Object[] {market(vocabulary, args.get(0), language)};
            case "area" -> new Object[] {municipality(vocabulary, args.get(0), language)};
            case "industry" -> new Object[] {label(vocabulary, Vocabulary.INDUSTRY, args.get(0), language)};
            case "size" -> new Object[] {label(vocabulary, Vocabulary.SIZE, args.get(0), language)};
            default -> args.toArray();
        };
        return messages.getMessage(reason.messageKey(), shown, language.locale());
    }

    String label(Vocabulary vocabulary, String taxonomy, String code, Language language) {
        return vocabulary.label(taxonomy, code).in(language).text();
    }

    /** A market's label: the taxonomy's, or the country's name in the language. */
    String market(Vocabulary vocabulary, String code, Language language) {
        return vocabulary
                .term(Vocabulary.MARKET, code)
                .map(t -> t.label().in(language).text())
                .orElseGet(() -> new Locale.Builder().setRegion(code).build().getDisplayCountry(language.locale()));
    }

    String municipality(Vocabulary vocabulary, String code, Language language) {
        var area = vocabulary.municipalities().get(code);
        return area == null ? code : area.name().in(language).text();
    }

    String message(String key, Language language, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }
}
