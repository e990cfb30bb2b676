package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.util.List;

/** Turns entities into the public records other modules see. */
final class Records {

    private Records() {}

    static AreaRecord of(Area area) {
        return new AreaRecord(
                area.uri(),
                area.code(),
                area.type(),
                orEmpty(area.name()),
                area.parentUri(),
                area.municipalityKind(),
                area.developmentOrganisationId(),
                area.developmentOrganisationName(),
                area.note());
    }

    static TaxonomyRecord of(Taxonomy taxonomy) {
        return new TaxonomyRecord(
                taxonomy.id(),
                taxonomy.key(),
                taxonomy.name(),
                taxonomy.description(),
                taxonomy.version(),
                taxonomy.uri());
    }

    static TermRecord of(TaxonomyTerm term) {
        return new TermRecord(
                term.id(),
                term.code(),
                term.taxonomy().id(),
                term.parent() == null ? null : term.parent().id(),
                orEmpty(term.label()),
                orEmpty(term.definition()),
                term.nameLanguage(),
                term.termUri());
    }

    static OrganisationRecord of(Organisation organisation) {
        return new OrganisationRecord(
                organisation.id(),
                orEmpty(organisation.name()),
                orEmpty(organisation.description()),
                organisation.website(),
                organisation.email(),
                organisation.parent() == null ? null : organisation.parent().id(),
                organisation.classifications().stream()
                        .map(c -> new ClassificationRecord(c.id(), c.term().id()))
                        .toList(),
                organisation.archived(),
                organisation.lastModified());
    }

    static ServiceRecord of(ServiceListing service) {
        return new ServiceRecord(
                service.id(),
                service.organisation().id(),
                orEmpty(service.name()),
                orEmpty(service.description()),
                service.url(),
                service.email(),
                service.status(),
                orEmpty(service.alert()),
                orEmpty(service.eligibility()),
                orEmpty(service.fees()),
                service.assuredDate(),
                service.lastModified(),
                service.areas().stream()
                        .map(a -> new ServiceRecord.AreaEntry(a.id(), a.areaUri(), a.name(), a.description()))
                        .toList(),
                service.languages().stream()
                        .map(l -> new ServiceRecord.LanguageEntry(l.id(), l.code(), l.name()))
                        .toList(),
                service.costOptions().stream()
                        .map(c -> new ServiceRecord.CostEntry(
                                c.id(), orEmpty(c.option()), c.currency(), c.amount(), c.amountDescription()))
                        .toList(),
                service.contacts().stream()
                        .map(c -> new ServiceRecord.ContactEntry(
                                c.id(), c.name(), c.title(), c.department(), c.email(), c.phone()))
                        .toList(),
                classifications(service.classifications()),
                service.programme() == null ? null : service.programme().id());
    }

    static ProgrammeRecord of(Programme programme) {
        return new ProgrammeRecord(
                programme.id(),
                programme.organisation().id(),
                orEmpty(programme.name()),
                orEmpty(programme.description()));
    }

    private static List<ClassificationRecord> classifications(List<ServiceClassification> classifications) {
        return classifications.stream()
                .map(c -> new ClassificationRecord(c.id(), c.term().id()))
                .toList();
    }

    /** Hibernate leaves an embeddable null when all its columns are; records always carry a text. */
    static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? LocalizedText.EMPTY : text;
    }
}
