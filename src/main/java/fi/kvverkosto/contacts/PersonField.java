package fi.kvverkosto.contacts;

/**
 * The fields of a person whose visibility is chosen. By default a person is seen by signed-in members (name, role,
 * languages) and their e-mail and phone by staff only: personal data is shown no wider than needed unless the person
 * agreed to more.
 */
public enum PersonField {
    NAME(Visibility.MEMBERS),
    ROLE(Visibility.MEMBERS),
    EMAIL(Visibility.STAFF),
    PHONE(Visibility.STAFF),
    LANGUAGES(Visibility.MEMBERS);

    private final Visibility standard;

    PersonField(Visibility standard) {
        this.standard = standard;
    }

    public Visibility standard() {
        return standard;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
