package fi.kvverkosto.contacts;

import fi.kvverkosto.shared.AfterCommit;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the kv database's e-mails (one-time links, retention reminders) when mail is configured: Spring Boot makes a
 * {@link JavaMailSender} only when {@code spring.mail.host} is set. Without it the application runs, says so once in
 * the log, and staff see it on their page; nothing is sent.
 *
 * <p>Mails go out after the transaction that made their link has committed, off the request thread: the answer to a
 * link request takes as long whether or not a mail is sent, so its timing does not tell which addresses are known.
 */
@Component
class SelfServiceMail {

    private static final Logger log = LoggerFactory.getLogger(SelfServiceMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final SelfServiceSettings settings;
    private final Executor executor = Executors.newVirtualThreadPerTaskExecutor();

    SelfServiceMail(ObjectProvider<JavaMailSender> sender, SelfServiceSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhetherMailIsOn() {
        if (!enabled()) {
            log.warn("Mail is off (no spring.mail.host): one-time sign-in links and retention reminders of the kv"
                    + " database are not sent. See README, Configuration.");
        }
    }

    /** Sends a plain-text mail once the current transaction (if any) has committed; failures are logged. */
    void send(String to, String subject, String text) {
        var mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        Runnable sending = () -> executor.execute(() -> {
            try {
                mailSender.send(message);
            } catch (MailException e) {
                log.warn("Could not send a mail of the kv database: {}", e.getMessage());
            }
        });
        AfterCommit.run(sending);
    }
}
