package fi.kvverkosto.finder;

import java.util.List;

/**
 * The finder's answer: the derived profile, the services that fit now, in order, and the next steps after them.
 *
 * @param nothingFits true when the catalogue has no service that fits: the page says so and points to the region's
 *     advisers instead of showing near misses
 */
record FinderAnswer(
        Profile profile, List<Recommendation> results, List<Recommendation> nextSteps, boolean nothingFits) {}
