package fi.kvverkosto.contacts;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention rule's reminders: once a day, each person whose record has not been confirmed or updated within
 * {@code kv.contacts.review-after} and who may sign in (consent, not withdrawn, an e-mail) gets a mail asking them to
 * confirm their data or withdraw their consent, with a one-time link valid for {@code review-link-validity}. A person is
 * reminded again only after {@value #REMIND_AGAIN_DAYS} days. Nothing is sent when mail is off; staff still see the
 * stale records on their page. The same daily run forgets links that expired a day ago or more. Not lazy: the schedule
 * must be registered at start-up.
 */
@Component
@Lazy(false)
class RetentionReminders {

    static final int REMIND_AGAIN_DAYS = 30;

    private static final Logger log = LoggerFactory.getLogger(RetentionReminders.class);

    // Looked up when the job runs: this bean is made at start-up, and must not make the kv database's services then.
    private final ObjectProvider<PersonRepository> people;
    private final ObjectProvider<SignInLinks> links;
    private final ObjectProvider<SelfServiceMail> mail;
    private final ObjectProvider<Contacts> contacts;
    private final ObjectProvider<AuditRepository> audit;
    private final Clock clock;

    RetentionReminders(
            ObjectProvider<PersonRepository> people,
            ObjectProvider<SignInLinks> links,
            ObjectProvider<SelfServiceMail> mail,
            ObjectProvider<Contacts> contacts,
            ObjectProvider<AuditRepository> audit,
            Clock clock) {
        this.people = people;
        this.links = links;
        this.mail = mail;
        this.contacts = contacts;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${kv.contacts.reminder-cron:0 0 8 * * *}", zone = "Europe/Helsinki")
    void daily() {
        links.getObject().forgetExpired();
        int sent = remind();
        if (sent > 0) {
            log.info("Sent {} retention reminders of the kv database", sent);
        }
    }

    /** Sends the reminders due now; returns how many. */
    @Transactional
    int remind() {
        if (!mail.getObject().enabled()) {
            return 0;
        }
        var now = clock.instant();
        var remindedBefore = now.minus(Duration.ofDays(REMIND_AGAIN_DAYS));
        int sent = 0;
        for (var person :
                people.getObject().findNotReviewedSince(contacts.getObject().staleBefore())) {
            if (!person.maySignIn()
                    || (person.reviewRemindedAt() != null
                            && person.reviewRemindedAt().isAfter(remindedBefore))) {
                continue;
            }
            links.getObject().send(person, SignInToken.REVIEW, locale(person));
            person.reminded(now);
            audit.getObject()
                    .save(new AuditEntry(
                            now,
                            "system",
                            "review-reminded",
                            person.id(),
                            person.company() == null ? null : person.company().id(),
                            null));
            sent++;
        }
        return sent;
    }

    /** The person's first language of the three the application speaks; Finnish otherwise. */
    static Locale locale(Person person) {
        for (String language : person.languages()) {
            if (language.equals("fi") || language.equals("sv") || language.equals("en")) {
                return Locale.of(language);
            }
        }
        return Locale.of("fi");
    }
}
