package fi.kvverkosto.directory;

import fi.kvverkosto.identity.OrganisationOptions;
import fi.kvverkosto.shared.LocalizedText;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Offers the directory's organisations to identity's user management, which must not depend on the directory. */
@Component
class OrganisationOptionsAdapter implements OrganisationOptions {

    private final OrganisationRepository organisations;

    OrganisationOptionsAdapter(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Option> organisations(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return organisations.findAll().stream()
                .filter(organisation -> !organisation.archived())
                .map(organisation -> {
                    // An embedded text whose columns are all empty loads as null.
                    var name = (organisation.name() == null ? LocalizedText.EMPTY : organisation.name()).in(locale);
                    return new Option(organisation.id(), name.text(), name.fallback() ? name.lang() : null);
                })
                .sorted(Comparator.comparing(Option::name, collator))
                .toList();
    }
}
