package fi.kvverkosto.contacts;

import fi.kvverkosto.contacts.CompanyView.ListingView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Suggestions between companies, from public values only (the anonymous view of each company), so a suggestion never
 * reveals what its reader may not see:
 *
 * <ul>
 *   <li><b>Peers</b>, "companies like you that went to market X": companies of the same industry (or, when the company
 *       has none, the same municipality) with experience of a market the company has none of, or of the market asked
 *       for. Earlier experience first: they have more to tell.
 *   <li><b>Co-innovation</b>: another company whose offer in force answers one of this company's seeks in force — the
 *       same market, or at least two shared words — from a different industry, or the other way round.
 * </ul>
 */
class Matching {

    static final int LIMIT = 5;

    /** Words too common to say two listings are about the same thing. */
    static final Set<String> STOP_WORDS = Set.of(
            "etsimme",
            "tarjoamme",
            "voimme",
            "kertoa",
            "kokemuksistamme",
            "yhteistä",
            "esimerkki",
            "ja",
            "tai",
            "we",
            "can",
            "seek",
            "offer",
            "the",
            "a",
            "an",
            "of",
            "in",
            "to",
            "for",
            "and",
            "or");

    List<Suggestion> peers(CompanyView company, List<CompanyView> others, String market) {
        Set<String> known = new HashSet<>();
        if (company.experiences() != null) {
            company.experiences().forEach(e -> known.add(e.market()));
        }
        var found = new ArrayList<Suggestion>();
        var candidates = new ArrayList<CompanyView>(others);
        candidates.sort(Comparator.comparing(ContactViewsSort::earliest));
        for (CompanyView other : candidates) {
            if (other.id().equals(company.id()) || other.experiences() == null) {
                continue;
            }
            boolean sameIndustry =
                    company.industry() != null && company.industry().equals(other.industry());
            boolean sameMunicipality = company.industry() == null
                    && company.municipality() != null
                    && company.municipality().equals(other.municipality());
            if (!sameIndustry && !sameMunicipality) {
                continue;
            }
            for (var e : other.experiences()) {
                boolean wanted = market == null ? !known.contains(e.market()) : market.equals(e.market());
                if (wanted) {
                    found.add(new Suggestion(
                            other.id(),
                            other.name(),
                            "peer",
                            sameIndustry ? "contacts.reason.peer.industry" : "contacts.reason.peer.municipality",
                            List.of(
                                    sameIndustry ? other.industry() : other.municipality(),
                                    e.market(),
                                    e.mode(),
                                    e.since() == null ? "" : String.valueOf(e.since()))));
                    break;
                }
            }
            if (found.size() == LIMIT) {
                break;
            }
        }
        return found;
    }

    List<Suggestion> coInnovation(CompanyView company, List<CompanyView> others, LocalDate today) {
        var found = new ArrayList<Suggestion>();
        if (company.seeks() == null && company.offers() == null) {
            return found;
        }
        for (CompanyView other : others) {
            if (other.id().equals(company.id())
                    || (company.industry() != null && company.industry().equals(other.industry()))) {
                continue;
            }
            Suggestion match = answer(company.seeks(), other.offers(), other, "contacts.reason.co-innovation.offer");
            if (match == null) {
                match = answer(company.offers(), other.seeks(), other, "contacts.reason.co-innovation.seek");
            }
            if (match != null) {
                found.add(match);
            }
            if (found.size() == LIMIT) {
                break;
            }
        }
        return found;
    }

    /** The first of their listings that answers one of ours: the same market, or two shared words. */
    private static Suggestion answer(List<ListingView> ours, List<ListingView> theirs, CompanyView other, String key) {
        if (ours == null || theirs == null) {
            return null;
        }
        for (var mine : ours) {
            for (var their : theirs) {
                boolean sameMarket = mine.market() != null && mine.market().equals(their.market());
                if (sameMarket || sharedWords(mine.summary(), their.summary()) >= 2) {
                    return new Suggestion(
                            other.id(),
                            other.name(),
                            "co-innovation",
                            key,
                            List.of(mine.summary(), their.summary(), other.industry() == null ? "" : other.industry()));
                }
            }
        }
        return null;
    }

    static int sharedWords(String a, String b) {
        Set<String> left = words(a);
        left.retainAll(words(b));
        return left.size();
    }

    static Set<String> words(String text) {
        var words = new HashSet<String>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3 && !STOP_WORDS.contains(w)) {
                words.add(w.length() > 6 ? w.substring(0, 6) : w);
            }
        }
        return words;
    }

    /** Orders companies by their earliest experience. */
    static final class ContactViewsSort {
        private ContactViewsSort() {}

        static int earliest(CompanyView c) {
            if (c.experiences() == null) {
                return Integer.MAX_VALUE;
            }
            return c.experiences().stream()
                    .map(e -> e.since() == null ? Integer.MAX_VALUE : e.since())
                    .min(Integer::compare)
                    .orElse(Integer.MAX_VALUE);
        }
    }
}
