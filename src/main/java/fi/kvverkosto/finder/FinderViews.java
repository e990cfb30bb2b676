package fi.kvverkosto.finder;

import fi.kvverkosto.directory.AreaRecord;
import fi.kvverkosto.directory.TermRecord;
import fi.kvverkosto.shared.Language;
import fi.kvverkosto.shared.LocalizedText;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the finder's pages show, ready for the templates: the choices of each question, the answers as the summary
 * lists them, the profile with how each part of it was found, and the recommended services with their reasons. Labels
 * are {@link LocalizedText}s, so that a label missing in the reader's language falls back visibly.
 */
@Component
class FinderViews {

    /** What the stage sources are called in the message keys. */
    private static final Map<Profile.StageSource, String> STAGE_SOURCES = Map.of(
            Profile.StageSource.GIVEN, "given",
            Profile.StageSource.PATH, "path",
            Profile.StageSource.RESULTS, "results",
            Profile.StageSource.WORDS, "words",
            Profile.StageSource.NONE, "none");

    private final MessageSource messages;
    private final FinderTexts texts;

    FinderViews(MessageSource messages, FinderTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    /**
     * An answer to choose.
     *
     * @param hint a sentence that explains it, or null
     */
    record Choice(String value, LocalizedText label, LocalizedText hint, boolean selected) {}

    /** A region of the markets with its countries; the region itself can be chosen too. */
    record MarketGroup(Choice region, List<Choice> countries) {}

    /**
     * An answer as the summary and the profile show it.
     *
     * @param key names the row, {@code finder.answer.<key>}
     * @param values what was answered; empty when the question was skipped
     * @param note how it was found, or null
     * @param changeHref the question's address, to change the answer; null when it is not a question
     */
    record AnswerRow(String key, List<LocalizedText> values, LocalizedText note, String changeHref) {}

    /**
     * A recommended service on a page.
     *
     * @param href the address to open it with: through the click record on the results page, directly elsewhere
     * @param stages the stages of the service path it is for, labelled
     */
    record ServiceCard(
            UUID serviceId,
            LocalizedText name,
            UUID organisationId,
            LocalizedText organisationName,
            List<String> reasons,
            List<LocalizedText> stages,
            String href) {}

    /** Next steps of one stage. */
    record StageGroup(String stage, LocalizedText label, List<ServiceCard> services) {}

    /** An organisation to ask when nothing fits. */
    record Adviser(UUID id, LocalizedText name) {}

    List<Choice> municipalities(Vocabulary vocabulary, String selected, Language language) {
        var collator = Collator.getInstance(language.locale());
        return vocabulary.municipalities().values().stream()
                .sorted(Comparator.comparing(
                        (AreaRecord a) -> a.name().in(language).text(), collator))
                .map(a -> new Choice(a.code(), a.name(), null, a.code().equals(selected)))
                .toList();
    }

    /** The terms of a taxonomy in reference order, each with its definition as the hint. */
    List<Choice> terms(Vocabulary vocabulary, String taxonomy, Collection<String> selected) {
        return vocabulary.taxonomy(taxonomy).values().stream()
                .map(t -> new Choice(
                        t.localCode(),
                        t.label(),
                        t.definition() == null || t.definition().isEmpty() ? null : t.definition(),
                        selected.contains(t.localCode())))
                .toList();
    }

    /** The industries, each labelled with its TOL 2008 letter so that people who know their code find it. */
    List<Choice> industries(Vocabulary vocabulary, String selected) {
        return vocabulary.taxonomy(Vocabulary.INDUSTRY).values().stream()
                .map(t -> new Choice(
                        t.localCode(),
                        each(language -> message(
                                "finder.industry.option",
                                language,
                                t.localCode(),
                                t.label().in(language).text())),
                        null,
                        t.localCode().equals(selected)))
                .toList();
    }

    List<Choice> paths(String selected) {
        List<Choice> choices = new ArrayList<>();
        for (InternationalPath path : InternationalPath.values()) {
            choices.add(new Choice(
                    path.code(),
                    each(language -> message("finder.path." + path.code(), language)),
                    each(language -> message("finder.path." + path.code() + ".hint", language)),
                    path.code().equals(selected)));
        }
        return choices;
    }

    /** The market regions in reference order, each with its countries in name order. */
    List<MarketGroup> markets(Vocabulary vocabulary, Collection<String> selected, Language language) {
        var collator = Collator.getInstance(language.locale());
        Map<String, List<Choice>> countries = new LinkedHashMap<>();
        List<TermRecord> regions = new ArrayList<>();
        for (TermRecord term : vocabulary.taxonomy(Vocabulary.MARKET).values()) {
            String parent = vocabulary.marketParents().get(term.localCode());
            if (parent == null) {
                regions.add(term);
            } else {
                countries
                        .computeIfAbsent(parent, p -> new ArrayList<>())
                        .add(new Choice(term.localCode(), term.label(), null, selected.contains(term.localCode())));
            }
        }
        return regions.stream()
                .map(region -> new MarketGroup(
                        new Choice(region.localCode(), region.label(), null, selected.contains(region.localCode())),
                        countries.getOrDefault(region.localCode(), List.of()).stream()
                                .sorted(Comparator.comparing(
                                        (Choice c) -> c.label().in(language).text(), collator))
                                .toList()))
                .toList();
    }

    /** The answers as the summary lists them, each with the address of its question to change it. */
    List<AnswerRow> answers(FinderAnswers answers, Profile profile, Vocabulary vocabulary) {
        List<AnswerRow> rows = new ArrayList<>();
        for (FinderStep step : FinderStep.values()) {
            rows.add(new AnswerRow(
                    step.key(), values(step, profile, vocabulary), null, answers.href(step.address(), "change", "1")));
        }
        if (profile.stageSource() == Profile.StageSource.GIVEN) {
            rows.add(stage(profile, vocabulary));
        }
        return rows;
    }

    /**
     * The profile the finder used, with how it found the parts it did not get as answers: the stage (chosen, from the
     * international path, from the words that tell it, or from the services that fit best), the needs its words point to, and the markets and the
     * municipality its words name that it did not choose (preferences, not conditions).
     */
    List<AnswerRow> profile(Profile profile, Vocabulary vocabulary, FinderAnswers answers) {
        List<AnswerRow> rows = new ArrayList<>();
        for (FinderStep step : FinderStep.values()) {
            List<LocalizedText> values = values(step, profile, vocabulary);
            if (!values.isEmpty()) {
                rows.add(new AnswerRow(step.key(), values, null, answers.href(step.address(), "change", "1")));
            }
            if (step == FinderStep.PATH) {
                rows.add(stage(profile, vocabulary));
            }
        }
        derived(
                rows,
                "need",
                profile.derivedNeeds(),
                (d, language) -> texts.label(vocabulary, Vocabulary.NEED, d.need(), language),
                d -> d.word());
        derived(
                rows,
                "market",
                profile.derivedMarkets(),
                (m, language) -> texts.market(vocabulary, m.market(), language),
                m -> m.word());
        // The municipality the words name is used only when none was given.
        Profile.NamedPlace place = profile.namedMunicipality();
        if (profile.municipality() == null && place != null) {
            rows.add(new AnswerRow(
                    "derived-municipality",
                    List.of(each(language -> message(
                            "finder.profile.derived-municipality",
                            language,
                            place.municipality().name().in(language).text(),
                            place.word()))),
                    each(language -> message("finder.profile.derived-municipality.note", language)),
                    null));
        }
        return rows;
    }

    private AnswerRow stage(Profile profile, Vocabulary vocabulary) {
        String source = STAGE_SOURCES.get(profile.stageSource());
        if (profile.stage() == null) {
            return new AnswerRow(
                    "stage", List.of(), each(language -> message("finder.profile.stage.none", language)), null);
        }
        LocalizedText label = stageLabel(profile.stage(), vocabulary);
        return new AnswerRow(
                "stage",
                List.of(label),
                each(language -> message(
                        "finder.profile.stage." + source,
                        language,
                        profile.stageSource() == Profile.StageSource.WORDS
                                ? profile.pathWords()
                                : profile.path() == null
                                        ? ""
                                        : message(
                                                "finder.path." + profile.path().code(), language))),
                null);
    }

    /** "Stage 3: Financing"; the cross-cutting stage x has no number. */
    LocalizedText stageLabel(String stage, Vocabulary vocabulary) {
        LocalizedText label = vocabulary.label(Vocabulary.STAGE, stage);
        return each(language -> "x".equals(stage)
                ? label.in(language).text()
                : message(
                        "finder.stage.label",
                        language,
                        stage,
                        label.in(language).text()));
    }

    private List<LocalizedText> values(FinderStep step, Profile profile, Vocabulary vocabulary) {
        return switch (step) {
            case MUNICIPALITY ->
                profile.municipality() == null
                        ? List.of()
                        : List.of(profile.municipality().name());
            case INDUSTRY ->
                profile.industry() == null
                        ? List.of()
                        : List.of(profile.industry().label());
            case SIZE ->
                profile.size() == null ? List.of() : List.of(profile.size().label());
            case PATH ->
                profile.path() == null
                        ? List.of()
                        : List.of(each(language ->
                                message("finder.path." + profile.path().code(), language)));
            case MARKETS ->
                profile.markets().stream()
                        .map(m -> each(language -> texts.market(vocabulary, m, language)))
                        .toList();
            case NEEDS ->
                profile.needs().stream()
                        .map(n -> vocabulary.label(Vocabulary.NEED, n))
                        .toList();
            // The company's own words, in whatever language it wrote them: shown as they are, in every language.
            case TEXT ->
                profile.text() == null
                        ? List.of()
                        : List.of(LocalizedText.of(profile.text(), profile.text(), profile.text()));
        };
    }

    /** Cards of recommended services; {@code href} gives each its address. */
    List<ServiceCard> cards(
            List<Recommendation> recommendations,
            Vocabulary vocabulary,
            Language language,
            Function<UUID, String> href) {
        return recommendations.stream()
                .map(r -> new ServiceCard(
                        r.service().serviceId(),
                        r.service().name(),
                        r.service().organisationId(),
                        r.service().organisationName(),
                        texts.reasons(r.reasons(), vocabulary, language),
                        r.stages().stream()
                                .sorted()
                                .map(s -> stageLabel(s, vocabulary))
                                .toList(),
                        href.apply(r.service().serviceId())))
                .toList();
    }

    /**
     * The next steps by the stage they are for: the first stage of each service after the company's, nearer stages
     * first, as the finder looked for them.
     */
    List<StageGroup> nextSteps(
            Profile profile,
            List<Recommendation> nextSteps,
            Vocabulary vocabulary,
            Language language,
            Function<UUID, String> href) {
        if (profile.stage() == null || nextSteps.isEmpty()) {
            return List.of();
        }
        int now = "x".equals(profile.stage()) ? 0 : Integer.parseInt(profile.stage());
        Map<String, List<Recommendation>> byStage = new TreeMap<>();
        for (Recommendation r : nextSteps) {
            String stage = r.stages().stream()
                    .filter(s -> !"x".equals(s) && Integer.parseInt(s) > now)
                    .min(Comparator.naturalOrder())
                    .orElse("x");
            byStage.computeIfAbsent(stage, s -> new ArrayList<>()).add(r);
        }
        return byStage.entrySet().stream()
                .map(e -> new StageGroup(
                        e.getKey(),
                        stageLabel(e.getKey(), vocabulary),
                        cards(e.getValue(), vocabulary, language, href)))
                .toList();
    }

    /**
     * The row of what was read from the company's words ({@code derived-needs}, {@code derived-markets}): each item as
     * its label and the word it came from, with the row's note.
     */
    private <T> void derived(
            List<AnswerRow> rows,
            String kind,
            List<T> items,
            java.util.function.BiFunction<T, Language, String> label,
            Function<T, String> word) {
        if (items.isEmpty()) {
            return;
        }
        List<LocalizedText> values = items.stream()
                .map(item -> each(language -> message(
                        "finder.profile.derived-" + kind, language, label.apply(item, language), word.apply(item))))
                .toList();
        rows.add(new AnswerRow(
                "derived-" + kind + "s",
                values,
                each(language -> message("finder.profile.derived-" + kind + "s.note", language)),
                null));
    }

    private LocalizedText each(Function<Language, String> text) {
        return LocalizedText.of(text.apply(Language.FI), text.apply(Language.SV), text.apply(Language.EN));
    }

    private String message(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}
