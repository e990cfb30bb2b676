package fi.kvverkosto.contacts;

/**
 * The fields of a company whose visibility staff (or the company) choose. The name and Business ID are always public:
 * they are in the trade register anyway, and a company nobody may name cannot be listed.
 */
public enum CompanyField {
    MUNICIPALITY(Visibility.PUBLIC),
    INDUSTRY(Visibility.PUBLIC),
    SIZE(Visibility.PUBLIC),
    WEBSITE(Visibility.PUBLIC),
    LANGUAGES(Visibility.PUBLIC),
    DESCRIPTION(Visibility.PUBLIC),
    EXPERIENCES(Visibility.PUBLIC),
    LISTINGS(Visibility.PUBLIC);

    private final Visibility standard;

    CompanyField(Visibility standard) {
        this.standard = standard;
    }

    public Visibility standard() {
        return standard;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
