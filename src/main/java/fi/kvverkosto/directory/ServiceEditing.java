package fi.kvverkosto.directory;

import fi.kvverkosto.directory.EditOutcome.Conflicted;
import fi.kvverkosto.directory.EditOutcome.Saved;
import fi.kvverkosto.directory.EditingChoices.Choices;
import fi.kvverkosto.directory.RecordHistory.History;
import fi.kvverkosto.directory.RecordHistory.Version;
import fi.kvverkosto.identity.EditorAccess;
import fi.kvverkosto.shared.LocalizedText;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff editing of services: the forms' data, saving with a version check, archiving, history and restoring. Every
 * method checks that the signed-in user may edit the service's organisation, so that a forged id gets nowhere, and
 * every change publishes {@link ServiceListingChanged}.
 *
 * <p>A save is applied only if the service is still at the version the form was loaded at. Someone saving between
 * that check and the commit is caught by the {@code @Version} column at commit; both cases answer with the same
 * {@link EditConflict}, and nothing is changed.
 */
@Service
class ServiceEditing implements RecordEditing<ServiceForm, ServiceEditing.ServiceHeading> {

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    private final ServiceListingRepository services;
    private final OrganisationRepository organisations;
    private final TaxonomyTermRepository terms;
    private final EditingChoices choices;
    private final RecordHistory history;
    private final EditorAccess access;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final EntityManager entityManager;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final RecordVersions<ServiceListing, ServiceForm> versions;

    ServiceEditing(
            ServiceListingRepository services,
            OrganisationRepository organisations,
            TaxonomyTermRepository terms,
            EditingChoices choices,
            VersionFields versionFields,
            RecordHistory history,
            EditorAccess access,
            ApplicationEventPublisher events,
            MessageSource messages,
            EntityManager entityManager,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.services = services;
        this.organisations = organisations;
        this.terms = terms;
        this.choices = choices;
        this.history = history;
        this.access = access;
        this.events = events;
        this.messages = messages;
        this.entityManager = entityManager;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.versions = new RecordVersions<>(
                choices,
                this::editable,
                ServiceForm::of,
                versionFields::of,
                history::versionsOfService,
                history::serviceAt,
                e -> Records.orEmpty(e.name()),
                ServiceListing::version);
    }

    /**
     * A service in the staff list.
     *
     * @param organisationArchived when true the service is hidden from the public whatever its status
     */
    record ServiceRow(
            UUID id,
            LocalizedText name,
            UUID organisationId,
            LocalizedText organisationName,
            ServiceStatus status,
            boolean organisationArchived,
            ZonedDateTime lastModified) {}

    /** What the edit pages say about the service being edited. */
    record ServiceHeading(UUID id, LocalizedText name, ServiceStatus status, UUID organisationId, long version)
            implements RecordEditing.Heading {

        public boolean archived() {
            return status == ServiceStatus.DEFUNCT;
        }
    }

    /** The services the user may edit, filtered by a part of the name (any language) and a status; by name. */
    @Transactional(readOnly = true)
    public List<ServiceRow> list(String nameFilter, ServiceStatus status) {
        String needle = EditingFormats.clean(nameFilter);
        return services.findAllForEditing().stream()
                .filter(s -> access.canEditOrganisation(s.organisation().id()))
                .filter(s -> status == null || s.status() == status)
                .filter(s -> needle == null || EditingFormats.contains(Records.orEmpty(s.name()), needle))
                .map(s -> new ServiceRow(
                        s.id(),
                        Records.orEmpty(s.name()),
                        s.organisation().id(),
                        Records.orEmpty(s.organisation().name()),
                        s.status(),
                        s.organisation().archived(),
                        s.lastModified() == null ? null : s.lastModified().atZone(EditingFormats.ZONE)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Choices choices() {
        return choices.load();
    }

    @Override
    @Transactional(readOnly = true)
    public ServiceForm form(UUID id) {
        return ServiceForm.of(editable(id)).withSpareRows();
    }

    @Override
    @Transactional(readOnly = true)
    public ServiceHeading heading(UUID id) {
        return heading(editable(id));
    }

    /** An empty form for a new service of an organisation the user may edit. */
    @Transactional(readOnly = true)
    public ServiceForm blank(UUID organisationId) {
        Organisation organisation = organisations
                .findById(organisationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        requireEditable(organisation.id());
        return ServiceForm.blank(organisation.id());
    }

    /** Whether the user may move services between providers. */
    public boolean canMoveServices() {
        return access.isAdmin();
    }

    /**
     * The rules Bean Validation cannot express: choices that must come from the reference data, the alert of an
     * inactive service, addresses, dates and amounts. Errors name message keys of the {@code directory-admin} bundle.
     * A service's rules do not depend on which service it is, so {@code id} is not used.
     */
    @Override
    public void validate(UUID id, ServiceForm form, Errors errors, Choices choices) {
        if (choices.organisation(form.getOrganisationId()).isEmpty()) {
            errors.rejectValue("organisationId", "directory-admin.form.organisation.required");
        }
        String programme = EditingFormats.clean(form.getProgrammeId());
        if (programme != null && choices.programme(programme).isEmpty()) {
            errors.rejectValue("programmeId", "directory-admin.form.choice.invalid");
        }
        ServiceStatus status = parseStatus(form.getStatus());
        if (status == null) {
            errors.rejectValue("status", "directory-admin.form.choice.invalid");
        } else if (status == ServiceStatus.INACTIVE && EditingFormats.clean(form.getAlertFi()) == null) {
            errors.rejectValue("alertFi", "directory-admin.form.alert-fi.required");
        }
        if (!EditingFormats.isWebAddress(form.getUrl())) {
            errors.rejectValue("url", "directory-admin.form.url.invalid");
        }
        if (!EditingFormats.isEmail(form.getEmail())) {
            errors.rejectValue("email", "directory-admin.form.email.invalid");
        }
        if (!EditingFormats.isDate(form.getAssuredDate())) {
            errors.rejectValue("assuredDate", "directory-admin.form.assured-date.invalid");
        }
        if (form.getAreas().stream().anyMatch(uri -> choices.area(uri).isEmpty())) {
            errors.rejectValue("areas", "directory-admin.form.choice.invalid");
        }
        if (form.getLanguages().stream()
                .anyMatch(code -> code == null || !LANGUAGE_CODE.matcher(code).matches())) {
            errors.rejectValue("languages", "directory-admin.form.choice.invalid");
        }
        for (String taxonomy : EditingChoices.SERVICE_TAXONOMIES) {
            String field = ServiceForm.fieldOf(taxonomy);
            List<String> chosen = form.termsOf(taxonomy);
            if (chosen.stream()
                    .anyMatch(term -> choices.term(term)
                            .filter(t -> t.taxonomyKey().equals(taxonomy))
                            .isEmpty())) {
                errors.rejectValue(field, "directory-admin.form.choice.invalid");
            } else if (chosen.isEmpty() && isRequired(taxonomy)) {
                errors.rejectValue(field, "directory-admin.form." + taxonomy + ".required");
            }
        }
        for (int i = 0; i < form.getCostOptions().size(); i++) {
            if (!EditingFormats.isAmount(form.getCostOptions().get(i).getAmount())) {
                errors.rejectValue("costOptions[" + i + "].amount", "directory-admin.form.amount.invalid");
            }
        }
        for (int i = 0; i < form.getContacts().size(); i++) {
            if (!EditingFormats.isEmail(form.getContacts().get(i).getEmail())) {
                errors.rejectValue("contacts[" + i + "].email", "directory-admin.form.email.invalid");
            }
        }
    }

    /**
     * Creates a service ({@code id} null) or saves the user's answers over the stored service if it is still at the
     * version the form was loaded at. The form must have passed validation.
     */
    @Override
    public EditOutcome save(UUID id, ServiceForm form, Locale locale) {
        try {
            return transaction.execute(tx -> saveInTransaction(id, form, locale));
        } catch (OptimisticLockingFailureException e) {
            // Someone committed between our version check and our commit: nothing of ours was written.
            return new Conflicted(conflict(id, form, locale));
        }
    }

    /** The conflict page's content: the stored version against the user's answers. */
    @Override
    public EditConflict conflict(UUID id, ServiceForm yours, Locale locale) {
        return readOnly.execute(tx -> versions.conflict(id, yours, locale));
    }

    /** Archives the service: kept with its history, hidden from the public pages and the API. */
    public void archive(UUID id) {
        changeInTransaction(id, ServiceListing::archive);
    }

    /** Brings an archived service back with the status it had before it was archived. */
    public void unarchive(UUID id) {
        changeInTransaction(id, service -> {
            if (service.status() != ServiceStatus.DEFUNCT) {
                return;
            }
            ServiceStatus before = ServiceStatus.ACTIVE;
            for (Version version : history.versionsOfService(id).reversed()) {
                ServiceStatus then = history.serviceAt(id, version.number())
                        .map(ServiceListing::status)
                        .orElse(ServiceStatus.DEFUNCT);
                if (then != ServiceStatus.DEFUNCT) {
                    before = then;
                    break;
                }
            }
            service.changeStatus(before, service.alert());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public History history(UUID id, Locale locale) {
        return versions.history(id, locale);
    }

    /** A version from the history with what restoring it would change now. */
    @Override
    @Transactional(readOnly = true)
    public RestorePreview restorePreview(UUID id, int revision, Locale locale) {
        return versions.restorePreview(id, revision, locale);
    }

    /** The service as it was after a revision, as a form to save over the stored one; its version is unset. */
    @Override
    @Transactional(readOnly = true)
    public ServiceForm formAt(UUID id, int revision) {
        return versions.formAt(id, revision);
    }

    private EditOutcome saveInTransaction(UUID id, ServiceForm form, Locale locale) {
        Choices choices = this.choices.load();
        Organisation target = organisations
                .findById(uuid(form.getOrganisationId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        ServiceListing service;
        if (id == null) {
            requireEditable(target.id());
            service = new ServiceListing(UUID.randomUUID(), target);
            service.place(services.maxPosition() + 1);
        } else {
            service = editable(id);
            if (form.getVersion() == null || form.getVersion() != service.version()) {
                return new Conflicted(conflict(id, form, locale));
            }
            if (!service.organisation().id().equals(target.id())) {
                if (!access.isAdmin()) {
                    throw new AccessDeniedException("Only admins move services between providers");
                }
                service.moveTo(target);
            }
        }
        // From here on no queries run, so nothing is flushed before the commit checks the version.
        apply(service, form, choices);
        if (id == null) {
            entityManager.persist(service);
        }
        events.publishEvent(new ServiceListingChanged(service.id()));
        return new Saved(service.id());
    }

    private void changeInTransaction(UUID id, java.util.function.Consumer<ServiceListing> change) {
        // An archive has nothing typed to lose: if someone saves at the same moment, try once more on their version.
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(tx -> {
                    ServiceListing service = editable(id);
                    change.accept(service);
                    service.touch(nextTimestamp(service.lastModified()));
                    events.publishEvent(new ServiceListingChanged(id));
                });
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    private void apply(ServiceListing service, ServiceForm form, Choices choices) {
        service.describe(
                form.name(),
                form.description(),
                EditingFormats.clean(form.getUrl()),
                EditingFormats.clean(form.getEmail()),
                form.eligibility(),
                form.fees(),
                EditingFormats.parseDate(form.getAssuredDate()).orElse(null));
        service.changeStatus(parseStatus(form.getStatus()), form.alert());
        String programme = EditingFormats.clean(form.getProgrammeId());
        service.deliverUnder(
                programme == null ? null : entityManager.getReference(Programme.class, UUID.fromString(programme)));
        syncAreas(service, form.getAreas(), choices);
        syncLanguages(service, form.getLanguages());
        syncClassifications(service, form);
        syncCostOptions(service, form.getCostOptions());
        syncContacts(service, form.getContacts());
        service.touch(nextTimestamp(service.lastModified()));
    }

    private static void syncAreas(ServiceListing service, List<String> uris, Choices choices) {
        Map<String, ServiceArea> current = index(service.areas(), ServiceArea::areaUri);
        List<ServiceArea> result = new ArrayList<>();
        // Largest first, as the reference data orders them, whatever the order the browser sent them in.
        List<String> ordered = new ArrayList<>();
        choices.areas().stream().map(a -> a.uri()).filter(uris::contains).forEach(ordered::add);
        for (String uri : ordered) {
            ServiceArea area = current.get(uri);
            if (area == null) {
                area = new ServiceArea(UUID.randomUUID(), service);
                String name = choices.area(uri).map(a -> a.name().fi()).orElse(null);
                area.describe(uri, name, null, result.size());
            } else {
                area.describe(uri, area.name(), area.description(), result.size());
            }
            result.add(area);
        }
        replace(service.areas(), result);
    }

    private void syncLanguages(ServiceListing service, List<String> codes) {
        Map<String, ServiceLanguage> current = index(service.languages(), ServiceLanguage::code);
        List<ServiceLanguage> result = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes)) {
            ServiceLanguage language = current.get(code);
            if (language == null) {
                language = new ServiceLanguage(UUID.randomUUID(), service);
                // HSDS carries the language's name; the catalogue writes it in Finnish.
                language.describe(
                        code,
                        messages.getMessage("directory-admin.language." + code, null, code, FINNISH),
                        result.size());
            } else {
                language.describe(code, language.name(), result.size());
            }
            result.add(language);
        }
        replace(service.languages(), result);
    }

    private void syncClassifications(ServiceListing service, ServiceForm form) {
        Map<UUID, ServiceClassification> current = new HashMap<>();
        List<ServiceClassification> kept = new ArrayList<>();
        for (ServiceClassification c : service.classifications()) {
            if (EditingChoices.SERVICE_TAXONOMIES.contains(c.term().taxonomyKey())) {
                current.putIfAbsent(c.term().id(), c);
            } else {
                // A classification the form does not show stays as it is.
                kept.add(c);
            }
        }
        List<ServiceClassification> result = new ArrayList<>();
        for (String taxonomy : EditingChoices.SERVICE_TAXONOMIES) {
            for (String id : new LinkedHashSet<>(form.termsOf(taxonomy))) {
                UUID termId = uuid(id);
                ServiceClassification c = current.get(termId);
                if (c == null) {
                    c = new ServiceClassification(
                            UUID.randomUUID(), service, terms.getReferenceById(termId), result.size());
                } else {
                    c.reposition(c.term(), result.size());
                }
                result.add(c);
            }
        }
        for (ServiceClassification c : kept) {
            c.reposition(c.term(), result.size());
            result.add(c);
        }
        replace(service.classifications(), result);
    }

    private static void syncCostOptions(ServiceListing service, List<ServiceForm.CostRow> rows) {
        Map<String, CostOption> current = index(service.costOptions(), c -> c.id().toString());
        List<CostOption> result = new ArrayList<>();
        for (ServiceForm.CostRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            // Only the service's own rows are updated; any other id is a new row with an id of our making.
            CostOption option = row.getId() == null ? null : current.remove(row.getId());
            if (option == null) {
                option = new CostOption(UUID.randomUUID(), service);
            }
            var amount = row.parsedAmount();
            String currency = option.currency() != null ? option.currency() : (amount == null ? null : "EUR");
            option.describe(row.text(), currency, amount, option.amountDescription(), result.size());
            result.add(option);
        }
        replace(service.costOptions(), result);
    }

    private static void syncContacts(ServiceListing service, List<ServiceForm.ContactRow> rows) {
        Map<String, ServiceContact> current = index(service.contacts(), c -> c.id().toString());
        List<ServiceContact> result = new ArrayList<>();
        for (ServiceForm.ContactRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            ServiceContact contact = row.getId() == null ? null : current.remove(row.getId());
            if (contact == null) {
                contact = new ServiceContact(UUID.randomUUID(), service);
            }
            contact.describe(
                    EditingFormats.clean(row.getName()),
                    EditingFormats.clean(row.getTitle()),
                    EditingFormats.clean(row.getDepartment()),
                    EditingFormats.clean(row.getEmail()),
                    EditingFormats.clean(row.getPhone()),
                    result.size());
            result.add(contact);
        }
        replace(service.contacts(), result);
    }

    private ServiceListing editable(UUID id) {
        ServiceListing service =
                services.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        requireEditable(service.organisation().id());
        return service;
    }

    private void requireEditable(UUID organisationId) {
        if (!access.canEditOrganisation(organisationId)) {
            throw new AccessDeniedException("Not an editor of organisation " + organisationId);
        }
    }

    private static ServiceHeading heading(ServiceListing service) {
        return new ServiceHeading(
                service.id(),
                Records.orEmpty(service.name()),
                service.status(),
                service.organisation().id(),
                service.version());
    }

    /** Now, but always later than the previous save, so that two quick saves still differ in time. */
    private Instant nextTimestamp(Instant previous) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return previous != null && !now.isAfter(previous) ? previous.plus(1, ChronoUnit.MICROS) : now;
    }

    private static boolean isRequired(String taxonomy) {
        return !taxonomy.equals(EditingChoices.INDUSTRY) && !taxonomy.equals(EditingChoices.MARKET);
    }

    static ServiceStatus parseStatus(String status) {
        if (status == null) {
            return null;
        }
        try {
            return ServiceStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID uuid(String text) {
        UUID id = EditingChoices.uuidOrNull(text);
        if (id == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return id;
    }

    private static <E, K> Map<K, E> index(List<E> entities, Function<E, K> key) {
        Map<K, E> map = new HashMap<>();
        entities.forEach(e -> map.putIfAbsent(key.apply(e), e));
        return map;
    }

    private static <E> void replace(List<E> current, List<E> replacement) {
        current.clear();
        current.addAll(replacement);
    }
}
