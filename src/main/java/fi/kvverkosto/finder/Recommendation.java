package fi.kvverkosto.finder;

import fi.kvverkosto.directory.ServiceMatching.Match;
import java.util.List;

/**
 * A recommended service with its score (0–1, higher fits better) and the reasons for it.
 *
 * @param sum the sum of the signals the service meets, which orders the results: the score is it cut to 0–1, and
 *     two services whose sums are both 1 or more are not equally good
 * @param stages the stages of the service path the service is for, to place it on the roadmap
 * @param coverage the share of the company's meaningful words the service's texts contain (0 without text)
 */
record Recommendation(
        Match service, double score, double sum, List<Reason> reasons, List<String> stages, double coverage) {}
