package fi.kvverkosto.contacts;

import fi.kvverkosto.shared.KvProperties;
import fi.kvverkosto.shared.StartupWork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the demo companies and people ({@code demo/contacts/companies.json}, written by
 * {@code tools/contacts-demo/generate.py}: every one invented, names ending in "(demo)", e-mails at example.org) on
 * start, after the demo catalogue (order 10) whose municipalities, industries and markets they use: when demo data is
 * on, no command runs and the kv database is empty. All or nothing. They load on a thread of their own beside the
 * network's demo relations (order 20), which do not read them ({@link StartupWork}).
 */
@Component
@Order(15)
class ContactsDemoData implements ApplicationRunner {

    static final String LOCATION = "classpath:demo/contacts/companies.json";

    private static final Logger log = LoggerFactory.getLogger(ContactsDemoData.class);

    private final KvProperties properties;
    private final Contacts contacts;
    private final CompanyRepository companies;
    private final ResourceLoader resources;
    private final StartupWork startupWork;

    ContactsDemoData(
            KvProperties properties,
            Contacts contacts,
            CompanyRepository companies,
            ResourceLoader resources,
            StartupWork startupWork) {
        this.properties = properties;
        this.contacts = contacts;
        this.companies = companies;
        this.resources = resources;
        this.startupWork = startupWork;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.runsCommand() || !properties.demoData() || companies.count() > 0) {
            return;
        }
        startupWork.begin("contacts-demo", () -> {
            try {
                load();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void load() throws IOException {
        var mapper = JsonMapper.builder().build();
        List<Contacts.DemoCompany> demo = new ArrayList<>();
        try (var in = resources.getResource(LOCATION).getInputStream()) {
            var root = mapper.readTree(in);
            for (var node : root.get("companies")) {
                var object = (ObjectNode) node;
                var people = object.remove("people");
                var company = mapper.treeToValue(object, CompanyInput.class);
                var persons = new ArrayList<PersonInput>();
                if (people != null) {
                    for (var person : people) {
                        persons.add(mapper.treeToValue(person, PersonInput.class));
                    }
                }
                demo.add(new Contacts.DemoCompany(company, persons));
            }
        }
        var problems = contacts.loadDemo(demo);
        if (problems.isEmpty()) {
            log.info("Demo companies of the kv database loaded from {}: {}", LOCATION, demo.size());
        } else {
            log.warn(
                    "Demo companies at {} were not loaded ({} problems, first: {})",
                    LOCATION,
                    problems.size(),
                    problems.getFirst());
        }
    }
}
