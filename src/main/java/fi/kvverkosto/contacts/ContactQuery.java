package fi.kvverkosto.contacts;

/**
 * A search of the kv database's companies: the same parameters on the page and the API. Null or blank does not filter.
 *
 * @param market a market code (country {@code DE} or region {@code region-nordics}, which includes its countries)
 * @param industry TOL 2008 code
 * @param municipality Statistics Finland municipality code
 * @param mode {@link Mode#code()}; with a market, experience of that market in that mode
 * @param listing {@code offer} or {@code seek}: companies with such a listing in force
 */
public record ContactQuery(
        String q, String market, String industry, String municipality, String mode, String listing, int page) {

    public static final int PAGE_SIZE = 20;

    public ContactQuery {
        q = CompanyInput.clean(q);
        market = CompanyInput.clean(market);
        industry = CompanyInput.clean(industry);
        municipality = CompanyInput.clean(municipality);
        mode = CompanyInput.clean(mode);
        listing = CompanyInput.clean(listing);
        page = Math.max(page, 1);
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
                || listing != null;
    }
}
