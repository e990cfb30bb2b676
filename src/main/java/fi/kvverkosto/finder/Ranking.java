package fi.kvverkosto.finder;

/**
 * The weights of the finder's ranking: a service's score is the sum of the signals it meets, each times its weight
 * (ADR 8). The defaults were chosen on the judged development needs; {@code FinderTuning} (test scope) measures
 * other weights by cross-validation on them.
 *
 * @param text how well the company's words match the service's texts
 * @param textScoreShare the part of the text signal from the index's score (which weighs names above descriptions);
 *     the rest is the telling-word coverage, which sees across languages, compounds and inflection
 * @param need a need the company chose
 * @param derivedNeed a need the finder read from the company's words
 * @param stage the company's stage (half for a service of every stage, a quarter for a neighbouring stage)
 * @param market a market the company goes to
 * @param local a service of the company's own municipality
 * @param regional a service of the company's own region or sub-region
 * @param industry a service for the company's industry
 * @param related a need the sure text matches share, for the services of it that the words missed; as much again at
 *     most by the share of the sure matches' stages such a service is for
 * @param free a free service: a company can try it without a decision to spend
 * @param advisory an advice and guidance service: a company's natural first contact about any need
 * @param focusShare the part of a need's and a stage's weight that depends on how focused on it a service is
 * @param unknownPlacePenalty a service for one municipality shown to a company that did not say where it is
 */
record Ranking(
        double text,
        double textScoreShare,
        double need,
        double derivedNeed,
        double stage,
        double market,
        double local,
        double regional,
        double industry,
        double related,
        double free,
        double advisory,
        double focusShare,
        double unknownPlacePenalty) {

    static final Ranking DEFAULT =
            new Ranking(0.5, 0.3, 0.6, 0.08, 0.2, 0.03, 0.06, 0.04, 0.01, 0.05, 0.02, 0.04, 0.3, 0.1);
}
