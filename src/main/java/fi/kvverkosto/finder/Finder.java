package fi.kvverkosto.finder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fi.kvverkosto.directory.DirectoryChanged;
import fi.kvverkosto.directory.SearchFacet;
import fi.kvverkosto.directory.ServiceMatching;
import fi.kvverkosto.directory.ServiceMatching.Match;
import fi.kvverkosto.directory.ServiceMatching.Weight;
import fi.kvverkosto.directory.TextAnalysis;
import fi.kvverkosto.shared.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Recommends services for a company: the services that may serve it at all (active, in its municipality, for its
 * industry and size, for its markets), ranked by how well their texts match its words and their classification its
 * stage and needs, each with its reasons; then the services of the following stages as its next steps.
 *
 * <p>Candidates come from the search index twice: the best text matches and the best classification matches, so that a
 * fitting service is not lost when the company's words miss it. The ranking itself is a weighted sum of plain
 * signals, each of which becomes a reason; see ADR 8.
 */
@Service
class Finder {

    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 50;

    /** The need of advice and guidance: such a service is a company's natural first contact about any need. */
    static final String ADVISORY = "advisory";

    static final String COMPANY_SETUP = "company-setup";
    static final String MENTORING = "mentoring";

    /** How many candidates each index query brings; the ranking looks at no more than twice this. */
    private static final int CANDIDATES = 60;

    /**
     * A text match holding at least this share of the company's telling words is a sure one; without one, the words of a
     * company that chose no need find nothing that fits.
     */
    private static final double SURE_MATCH = 0.4;

    /** Relative text score under which a service does not fit a company that only gave words. */
    private static final double MIN_TEXT = 0.2;

    /** Words of asking and wishing ({@value #QUESTION_WORDS_FILE}). */
    private static final Set<String> QUESTION_WORDS = questionWords();

    static final String QUESTION_WORDS_FILE = "finder/question-words.txt";

    private static final Duration VOCABULARY_LIFETIME = Duration.ofSeconds(30);

    private final ServiceMatching matching;
    private final TextAnalysis analysis;
    private final ProfileDerivation derivation;
    private final TextFit textFit;
    private final Synonyms synonyms;
    private final Clock clock;
    private final AtomicReference<Cached> vocabulary = new AtomicReference<>();
    private volatile Ranking ranking = Ranking.DEFAULT;

    /**
     * Answers given lately, by query and length: the needs assessment's answers without text repeat a great deal, and
     * so do popular words. Emptied when the directory or the synonyms change ({@link #generation}).
     */
    private final Cache<AnswerKey, FinderAnswer> answers;

    private final AtomicLong generation = new AtomicLong();

    Finder(
            ServiceMatching matching,
            Synonyms synonyms,
            @Value("${kv.finder.answer-cache-size:2000}") long answerCacheSize) {
        this.matching = matching;
        this.answers = Caffeine.newBuilder().maximumSize(answerCacheSize).build();
        this.analysis = new TextAnalysis();
        this.derivation = new ProfileDerivation(analysis);
        this.textFit = new TextFit(analysis);
        this.synonyms = synonyms;
        this.clock = Clock.systemUTC();
    }

    /** The profile of a query alone, checked; for pages that show it before searching. */
    Profile profile(FinderQuery query) {
        return derivation.derive(query, vocabulary());
    }

    Vocabulary vocabularyNow() {
        return vocabulary();
    }

    /**
     * Recommendations for a company.
     *
     * @throws fi.kvverkosto.shared.InvalidParameterException when a value is not in the vocabulary
     */
    FinderAnswer find(FinderQuery query, int limit) {
        AnswerKey key = new AnswerKey(query, limit, synonyms.version());
        FinderAnswer answer = answers.getIfPresent(key);
        if (answer == null) {
            long asked = generation.get();
            answer = answer(query, limit);
            // An answer computed while the directory changed may be stale: it is given but not kept.
            if (generation.get() == asked) {
                answers.put(key, answer);
            }
        }
        return answer;
    }

    /** The directory has changed: forget the answers and the vocabulary. */
    @EventListener(DirectoryChanged.class)
    void directoryChanged() {
        generation.incrementAndGet();
        vocabulary.set(null);
        answers.invalidateAll();
    }

    /** Ranks with other weights from now on (for tuning them on judged needs); forgets the answers kept. */
    void useRanking(Ranking ranking) {
        this.ranking = ranking;
        directoryChanged();
    }

    Ranking ranking() {
        return ranking;
    }

    private record AnswerKey(FinderQuery query, int limit, long synonymsVersion) {}

    private FinderAnswer answer(FinderQuery query, int limit) {
        Vocabulary vocabulary = vocabulary();
        Profile profile = derivation.derive(query, vocabulary);
        Map<SearchFacet, Set<String>> required = required(profile);
        List<TextFit.Word> words = profile.hasText() ? queryWords(profile, vocabulary) : List.of();

        Map<UUID, Candidate> candidates = new LinkedHashMap<>();
        if (profile.hasText()) {
            List<Match> hits = matching.match(
                    profile.text(), synonyms.equivalents(profile.text()), required, List.of(), true, CANDIDATES);
            float best = hits.isEmpty() ? 1f : hits.get(0).score();
            for (Match hit : hits) {
                candidates.put(hit.serviceId(), new Candidate(hit, hit.score() / best));
            }
        }
        List<Weight> weights = weights(profile, profile.stage());
        if (!weights.isEmpty() || !profile.hasText()) {
            for (Match hit : matching.match(null, List.of(), required, weights, true, CANDIDATES)) {
                candidates.putIfAbsent(hit.serviceId(), new Candidate(hit, 0));
            }
        }

        candidates.values().removeIf(c -> !marketsFit(c.match(), profile, vocabulary));
        List<Recommendation> ranked = rankAll(candidates, profile, words, Related.NONE, vocabulary);

        // The need the best text matches share, when they are sure ones, brings the services of that need that the
        // company's words missed ("CE-merkintä" → the standards services), ranked below the text matches, those for
        // the stages the sure matches share first.
        Related related = related(ranked, profile);
        if (!related.needs().isEmpty()) {
            List<Weight> relatedWeights =
                    List.of(new Weight(SearchFacet.NEED, related.needs(), (float) ranking.related()));
            for (Match hit : matching.match(null, List.of(), required, relatedWeights, true, CANDIDATES)) {
                if (marketsFit(hit, profile, vocabulary)) {
                    candidates.putIfAbsent(hit.serviceId(), new Candidate(hit, 0));
                }
            }
            ranked = rankAll(candidates, profile, words, related, vocabulary);
        }
        List<Recommendation> results = List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
        // A company that chose no need said it in its words: when no service is a sure match for them, what the
        // search found are near misses on incidental words, and the honest answer is that nothing fits.
        if (profile.hasText() && profile.needs().isEmpty() && !sureMatch(words, profile, ranked)) {
            results = List.of();
        }

        Profile placed = profile;
        if (profile.stage() == null && !results.isEmpty()) {
            String stage = likelyStage(results);
            if (stage != null) {
                placed = profile.withStage(stage, Profile.StageSource.RESULTS);
            }
        }
        List<Recommendation> next = nextSteps(placed, required, results, vocabulary);
        return new FinderAnswer(placed, results, next, results.isEmpty());
    }

    private List<Recommendation> rankAll(
            Map<UUID, Candidate> candidates,
            Profile profile,
            List<TextFit.Word> words,
            Related related,
            Vocabulary vocabulary) {
        Map<UUID, TextFit.Fit> fits = textFit.measure(
                words, candidates.values().stream().map(Candidate::match).toList());
        List<Recommendation> ranked = new ArrayList<>();
        for (Candidate candidate : candidates.values()) {
            Recommendation recommendation = rank(
                    candidate,
                    profile,
                    fits.getOrDefault(candidate.match().serviceId(), TextFit.Fit.NONE),
                    related,
                    vocabulary);
            if (recommendation != null) {
                ranked.add(recommendation);
            }
        }
        ranked.sort(Comparator.comparingDouble(Recommendation::sum)
                .reversed()
                .thenComparing(r -> r.service().name().in(Language.FI).text()));
        return ranked;
    }

    /**
     * What the sure text matches share: their needs, none the company chose or said already, and their stages.
     *
     * @param needs the needs that bring the services the words missed
     * @param stages the stages of the path, which order those services among themselves
     */
    private record Related(Set<String> needs, Set<String> stages) {
        static final Related NONE = new Related(Set.of(), Set.of());
    }

    /**
     * The needs and the stages that at least two of the three best text matches share (or the best one has, when it
     * stands alone), if the best match holds at least 40 % of the company's telling words ({@link #SURE_MATCH}).
     */
    private static Related related(List<Recommendation> ranked, Profile profile) {
        if (!profile.hasText() || ranked.isEmpty() || ranked.get(0).coverage() < SURE_MATCH) {
            return Related.NONE;
        }
        List<Recommendation> best =
                ranked.stream().filter(r -> r.coverage() >= SURE_MATCH).limit(3).toList();
        int needed = best.size() == 1 ? 1 : 2;
        Set<String> known = profile.allNeeds();
        Set<String> needs = sharedBy(best, r -> r.service().codes(Vocabulary.NEED), needed);
        needs.removeIf(known::contains);
        Set<String> stages = sharedBy(
                best, r -> r.stages().stream().filter(s -> !s.equals("x")).toList(), needed);
        return needs.isEmpty() ? Related.NONE : new Related(Set.copyOf(needs), Set.copyOf(stages));
    }

    /** The codes that at least {@code needed} of the matches have. */
    private static Set<String> sharedBy(
            List<Recommendation> matches,
            java.util.function.Function<Recommendation, java.util.Collection<String>> codes,
            int needed) {
        Map<String, Integer> counts = new HashMap<>();
        matches.forEach(r -> codes.apply(r).forEach(code -> counts.merge(code, 1, Integer::sum)));
        Set<String> shared = new java.util.TreeSet<>();
        counts.forEach((code, count) -> {
            if (count >= needed) {
                shared.add(code);
            }
        });
        return shared;
    }

    /**
     * Whether a service holds at least 40 % ({@link #SURE_MATCH}) of a company's telling words. Words that tell where it
     * stands on its path ("mistä kannattaa aloittaa, kun mietimme ensimmäistä kertaa vientiä") ask for the services of
     * its stage, and those fit it whatever else the words hold.
     */
    private static boolean sureMatch(List<TextFit.Word> words, Profile profile, List<Recommendation> ranked) {
        return words.stream().noneMatch(TextFit.Word::meaningful)
                || ProfileDerivation.pathInWords(profile.text()) != null
                || ranked.stream().anyMatch(r -> r.coverage() >= SURE_MATCH);
    }

    /** The conditions a service must meet to serve the company at all. */
    private static Map<SearchFacet, Set<String>> required(Profile profile) {
        Map<SearchFacet, Set<String>> required = new EnumMap<>(SearchFacet.class);
        if (profile.municipality() != null) {
            required.put(SearchFacet.MUNICIPALITY, Set.of(profile.municipality().code()));
        }
        if (profile.industry() != null) {
            required.put(SearchFacet.INDUSTRY, Set.of(profile.industry().localCode()));
        }
        if (profile.size() != null) {
            required.put(SearchFacet.SIZE, Set.of(profile.size().localCode()));
        }
        return required;
    }

    /** What makes a service fit better when the company's words do not decide: its needs, then its stage. */
    private List<Weight> weights(Profile profile, String stage) {
        List<Weight> weights = new ArrayList<>();
        if (!profile.needs().isEmpty()) {
            weights.add(new Weight(SearchFacet.NEED, Set.copyOf(profile.needs()), (float) ranking.need()));
        }
        if (!profile.derivedNeeds().isEmpty()) {
            Set<String> derived = new HashSet<>();
            profile.derivedNeeds().forEach(d -> derived.add(d.need()));
            weights.add(new Weight(SearchFacet.NEED, derived, (float) ranking.derivedNeed()));
        }
        if (stage != null) {
            weights.add(new Weight(SearchFacet.STAGE, Set.of(stage), (float) ranking.stage()));
        }
        return weights;
    }

    private Recommendation rank(
            Candidate candidate, Profile profile, TextFit.Fit fit, Related related, Vocabulary vocabulary) {
        Match service = candidate.match();
        List<Reason> reasons = new ArrayList<>();
        double score = 0;
        double coverage = 0;

        if (profile.hasText()) {
            coverage = fit.coverage();
            boolean fitsByText = (candidate.text() >= MIN_TEXT || coverage >= 0.5)
                    && !fit.matched().isEmpty();
            boolean fitsByProfile = service.codes(Vocabulary.NEED).stream()
                            .anyMatch(n -> profile.needs().contains(n)
                                    || related.needs().contains(n))
                    || (profile.stageSource() == Profile.StageSource.GIVEN
                                    || profile.stageSource() == Profile.StageSource.PATH
                                    || profile.stageSource() == Profile.StageSource.WORDS)
                            && !"x".equals(profile.stage())
                            && service.codes(Vocabulary.STAGE).contains(profile.stage());
            if (!fitsByText && !fitsByProfile) {
                return null;
            }
            if (fitsByText) {
                score += ranking.text()
                        * (ranking.textScoreShare() * candidate.text() + (1 - ranking.textScoreShare()) * coverage);
                reasons.add(Reason.of("text", "finder.reason.text", String.join(", ", fit.matched())));
            }
        }

        Set<String> serviceNeeds = service.codes(Vocabulary.NEED);
        // Advice is how a service helps, not a topic beside the need: it does not make the service less focused.
        int topics = Math.max(
                1, (int) serviceNeeds.stream().filter(n -> !n.equals(ADVISORY)).count());
        for (String need : profile.needs()) {
            if (serviceNeeds.contains(need)) {
                // A service about this need alone fits it better than one that does many things besides.
                score += ranking.need() * (1 - ranking.focusShare() + ranking.focusShare() / topics);
                reasons.add(Reason.of("need", "finder.reason.need", need));
                break;
            }
        }
        for (String need : related.needs()) {
            if (serviceNeeds.contains(need) && fit.matched().isEmpty()) {
                score += ranking.related() * (1 - ranking.focusShare() + ranking.focusShare() / topics);
                reasons.add(Reason.of("need", "finder.reason.related", need));
                // Of the services of that need, those for the stages of the sure matches come first.
                List<String> shared = service.codes(Vocabulary.STAGE).stream()
                        .filter(related.stages()::contains)
                        .sorted()
                        .toList();
                if (!shared.isEmpty()) {
                    score +=
                            ranking.related() * shared.size() / related.stages().size();
                    reasons.add(Reason.of("stage", "finder.reason.related-stage", shared.get(0)));
                }
                break;
            }
        }
        for (Profile.DerivedNeed need : profile.derivedNeeds()) {
            if (serviceNeeds.contains(need.need())) {
                score += ranking.derivedNeed();
                reasons.add(Reason.of("need", "finder.reason.need", need.need()));
                break;
            }
        }

        Set<String> stages = service.codes(Vocabulary.STAGE);
        // The company's own municipality's business service advises the companies there whatever they ask; a service
        // elsewhere that is for setting up a company fits the stage only for a company that asks about setting up.
        var place = profile.place();
        boolean ownMunicipality = place != null && service.areaUris().contains(place.uri());
        if (profile.stage() != null
                && (ownMunicipality
                        || !forSetUp(serviceNeeds)
                        || profile.allNeeds().contains(COMPANY_SETUP))) {
            double stageFit = stageFit(stages, profile.stage());
            score += ranking.stage()
                    * stageFit
                    * (1 - ranking.focusShare() + ranking.focusShare() / Math.max(1, stages.size()));
            if (stages.contains(profile.stage())) {
                reasons.add(Reason.of("stage", "finder.reason.stage", profile.stage()));
            } else if (stageFit > 0 && stages.contains("x")) {
                reasons.add(Reason.of("stage", "finder.reason.every-stage"));
            }
        }

        Set<String> serviceMarkets = service.codes(Vocabulary.MARKET);
        if (!serviceMarkets.isEmpty()) {
            List<String> markets = new ArrayList<>(profile.markets());
            profile.derivedMarkets().forEach(m -> markets.add(m.market()));
            for (String market : markets) {
                if (vocabulary.serves(serviceMarkets, market)) {
                    score += ranking.market();
                    reasons.add(Reason.of("market", "finder.reason.market", market));
                    break;
                }
            }
        }

        boolean local = service.areaUris().stream().anyMatch(uri -> uri.contains(":kunta:"));
        boolean regional = !local && service.areaUris().stream().anyMatch(Finder::isRegionalArea);
        if (place != null) {
            if (ownMunicipality) {
                score += ranking.local();
                reasons.add(Reason.of("area", "finder.reason.local", place.code()));
            } else {
                if (regional) {
                    score += ranking.regional();
                }
                if (profile.municipality() != null) {
                    reasons.add(Reason.of("area", "finder.reason.area", place.code()));
                } else if (local) {
                    // Named in words, not a condition: a service of another municipality is still shown.
                    score -= ranking.unknownPlacePenalty();
                }
            }
        } else if (local) {
            score -= ranking.unknownPlacePenalty();
        }

        if (profile.industry() != null) {
            if (service.codes(Vocabulary.INDUSTRY).contains(profile.industry().localCode())) {
                score += ranking.industry();
                reasons.add(Reason.of(
                        "industry", "finder.reason.industry", profile.industry().localCode()));
            }
        }
        if (profile.size() != null) {
            reasons.add(Reason.of("size", "finder.reason.size", profile.size().localCode()));
        }
        Set<String> costs = service.codes("cost");
        if (costs.contains("free")) {
            score += ranking.free();
            reasons.add(Reason.of("cost", "finder.reason.free"));
        }
        if (serviceNeeds.contains(ADVISORY)) {
            score += ranking.advisory();
        }
        return new Recommendation(
                service,
                Math.max(0, Math.min(1, score)),
                score,
                List.copyOf(reasons),
                stages.stream().sorted().toList(),
                coverage);
    }

    /**
     * A service for setting up a company: its needs are set-up and at most the advice and mentoring that go with it.
     * Its stage is the start of the path for a company that does not exist yet, not the readiness of one that does.
     */
    private static boolean forSetUp(Set<String> serviceNeeds) {
        return serviceNeeds.contains(COMPANY_SETUP)
                && serviceNeeds.stream()
                        .allMatch(n -> n.equals(COMPANY_SETUP) || n.equals(ADVISORY) || n.equals(MENTORING));
    }

    /** An area smaller than the country: the region or one of its sub-regions. */
    private static boolean isRegionalArea(String uri) {
        return uri.contains(":maakunta:") || uri.contains(":seutukunta:");
    }

    /** 1 for the company's stage, less for a service of every stage or of a neighbouring stage. */
    private static double stageFit(Set<String> stages, String stage) {
        if (stages.contains(stage)) {
            return 1;
        }
        if (stages.contains("x")) {
            return 0.5;
        }
        if (!stage.equals("x")) {
            int at = Integer.parseInt(stage);
            for (String s : stages) {
                if (!s.equals("x") && Math.abs(Integer.parseInt(s) - at) == 1) {
                    return 0.25;
                }
            }
        }
        return 0;
    }

    /**
     * A service for particular markets fits a company going to at least one of them; a service for no particular market
     * fits every company. A company that named no market is served by all.
     */
    private static boolean marketsFit(Match service, Profile profile, Vocabulary vocabulary) {
        Set<String> serviceMarkets = service.codes(Vocabulary.MARKET);
        if (serviceMarkets.isEmpty() || profile.markets().isEmpty()) {
            return true;
        }
        return profile.markets().stream().anyMatch(market -> vocabulary.serves(serviceMarkets, market));
    }

    /** The numeric stage most of the results are for (the lowest on a tie), or null. */
    private static String likelyStage(List<Recommendation> results) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Recommendation r : results) {
            r.stages().stream().filter(s -> !s.equals("x")).forEach(s -> counts.merge(s, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** Services of the next two stages that fit the same company, the nearer stage first, none shown already. */
    private List<Recommendation> nextSteps(
            Profile profile,
            Map<SearchFacet, Set<String>> required,
            List<Recommendation> shown,
            Vocabulary vocabulary) {
        if (profile.stage() == null
                || profile.stage().equals("x")
                || profile.stage().equals("5")) {
            return List.of();
        }
        int stage = Integer.parseInt(profile.stage());
        List<String> steps = new ArrayList<>();
        for (int s = stage + 1; s <= Math.min(5, stage + 2); s++) {
            steps.add(Integer.toString(s));
        }
        // One index query for both following stages, weighted like the ranking of each; ranked per stage below.
        Map<SearchFacet, Set<String>> atSteps = new EnumMap<>(SearchFacet.class);
        atSteps.putAll(required);
        atSteps.put(SearchFacet.STAGE, Set.copyOf(steps));
        List<Weight> weights = new ArrayList<>(weights(profile, null));
        weights.add(new Weight(SearchFacet.STAGE, Set.of(steps.get(0)), (float) ranking.stage()));
        List<Match> hits = matching.match(null, List.of(), atSteps, weights, true, CANDIDATES * steps.size());

        Set<UUID> already = new HashSet<>();
        shown.forEach(r -> already.add(r.service().serviceId()));
        List<Recommendation> next = new ArrayList<>();
        for (String step : steps) {
            Profile there = profile.withStage(step, profile.stageSource()).withoutText();
            List<Recommendation> ranked = new ArrayList<>();
            for (Match hit : hits) {
                if (hit.codes(Vocabulary.STAGE).contains(step)
                        && !already.contains(hit.serviceId())
                        && marketsFit(hit, profile, vocabulary)) {
                    Recommendation r = rank(new Candidate(hit, 0), there, TextFit.Fit.NONE, Related.NONE, vocabulary);
                    if (r != null) {
                        ranked.add(r);
                    }
                }
            }
            ranked.sort(Comparator.comparingDouble(Recommendation::sum)
                    .reversed()
                    .thenComparing(r -> r.service().name().in(Language.FI).text()));
            for (Recommendation r : ranked) {
                if (next.size() < DEFAULT_LIMIT) {
                    next.add(r);
                    already.add(r.service().serviceId());
                }
            }
        }
        return List.copyOf(next);
    }

    /**
     * The company's words for measuring text fit. A word that names one of the needs it chose ("rahoitusta": funding)
     * has been understood as that need and counts there, not again as text; words of asking ("miten", "how") do not
     * count at all.
     */
    private List<TextFit.Word> queryWords(Profile profile, Vocabulary vocabulary) {
        Set<String> needWords = new HashSet<>();
        for (String need : profile.needs()) {
            vocabulary.term(Vocabulary.NEED, need).ifPresent(term -> {
                String word = derivation.wordNaming(profile.text(), term);
                if (word != null) {
                    needWords.add(word);
                }
            });
        }
        // So has a word that names one of its markets ("Ruotsiin"): it counts as the market.
        // A municipality's name stays a word of the text: a service whose texts name the place is that place's.
        profile.namedMarkets().forEach(m -> needWords.add(m.word()));
        List<TextFit.Word> words = new ArrayList<>();
        for (String word : ProfileDerivation.words(profile.text())) {
            List<String> equivalents = new ArrayList<>(matching.equivalents(word));
            equivalents.addAll(synonyms.equivalentsOfWord(word));
            boolean counts = !needWords.contains(word) && !QUESTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
            words.add(textFit.word(word, equivalents, counts));
        }
        return words;
    }

    private static Set<String> questionWords() {
        return Set.copyOf(WordList.read(QUESTION_WORDS_FILE).stream()
                .map(line -> line.toLowerCase(Locale.ROOT))
                .toList());
    }

    private Vocabulary vocabulary() {
        Instant now = clock.instant();
        Cached cached = vocabulary.get();
        if (cached == null || cached.loaded().plus(VOCABULARY_LIFETIME).isBefore(now)) {
            cached = new Cached(Vocabulary.of(matching.terms(), matching.areas()), now);
            vocabulary.set(cached);
        }
        return cached.vocabulary();
    }

    private record Cached(Vocabulary vocabulary, Instant loaded) {}

    private record Candidate(Match match, double text) {}
}
