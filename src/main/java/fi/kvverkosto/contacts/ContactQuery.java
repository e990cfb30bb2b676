package fi.kvverkosto.contacts;

import fi.kvverkosto.shared.InvalidParameterException;

/**
 * A search of the kv database's companies: the same parameters on the page and the API. Null or blank does not filter.
 *
 * @param market a market code (country {@code DE} or region {@code region-nordics}, which includes its countries)
 * @param industry TOL 2008 code
 * @param municipality Statistics Finland municipality code
 * @param mode {@link Mode#code()}; with a market, experience of that market in that mode
 * @param listing {@code offer} or {@code seek}: companies with such a listing in force
 * @param near a municipality code: companies whose (public) municipality's centre is within {@code within} km of its
 *     centre
 * @param within kilometres for {@code near} ({@value #DEFAULT_WITHIN_KM} when not given), null without {@code near}
 */
public record ContactQuery(
        String q,
        String market,
        String industry,
        String municipality,
        String mode,
        String listing,
        String near,
        Integer within,
        int page) {

    public static final int PAGE_SIZE = 20;
    public static final int DEFAULT_WITHIN_KM = 50;
    public static final int MAX_WITHIN_KM = 500;

    public ContactQuery {
        q = CompanyInput.clean(q);
        market = CompanyInput.clean(market);
        industry = CompanyInput.clean(industry);
        municipality = CompanyInput.clean(municipality);
        mode = CompanyInput.clean(mode);
        listing = CompanyInput.clean(listing);
        near = CompanyInput.clean(near);
        if (near == null) {
            within = null;
        } else if (within == null) {
            within = DEFAULT_WITHIN_KM;
        }
        page = Math.max(page, 1);
    }

    public ContactQuery(
            String q, String market, String industry, String municipality, String mode, String listing, int page) {
        this(q, market, industry, municipality, mode, listing, null, null, page);
    }

    /**
     * The query of a page's or the API's parameters: {@code within} is read here, so that a wrong number is a 400
     * naming it rather than a binding error.
     */
    static ContactQuery of(
            String q,
            String market,
            String industry,
            String municipality,
            String mode,
            String listing,
            String near,
            String within,
            int page) {
        return new ContactQuery(q, market, industry, municipality, mode, listing, near, kilometres(within), page);
    }

    private static Integer kilometres(String within) {
        String value = CompanyInput.clean(within);
        if (value == null) {
            return null;
        }
        try {
            int km = Integer.parseInt(value);
            if (km >= 1 && km <= MAX_WITHIN_KM) {
                return km;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException("within", "Distance in whole kilometres from 1 to " + MAX_WITHIN_KM);
    }

    /** The same filters on the first page. */
    ContactQuery firstPage() {
        return page == 1 ? this : new ContactQuery(q, market, industry, municipality, mode, listing, near, within, 1);
    }

    public static ContactQuery all() {
        return new ContactQuery(null, null, null, null, null, null, 1);
    }

    boolean filtered() {
        return q != null
                || market != null
                || industry != null
                || municipality != null
                || mode != null
                || listing != null
                || near != null;
    }
}
