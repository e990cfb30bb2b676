package fi.kvverkosto.contacts;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A GreenMail SMTP server on a free port, and the application's mail sender pointed at it: mail is "configured" in the
 * contexts that import this, as {@code spring.mail.host} would make it.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestMail {

    static final Pattern LINK = Pattern.compile("/jasen/linkki/[A-Za-z0-9_-]{43}");

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    }

    @Bean
    JavaMailSender mailSender(GreenMail greenMail) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    /** The mails received for this address so far. */
    static List<MimeMessage> to(GreenMail greenMail, String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The decoded text of a plain-text mail. */
    static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (up to 10 s) for the n-th mail to this address and returns the link path in it. */
    static String awaitLink(GreenMail greenMail, String address, int nth) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (to(greenMail, address).size() < nth) {
            if (System.nanoTime() > until) {
                throw new AssertionError("No mail number " + nth + " to " + address);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        String body = body(to(greenMail, address).get(nth - 1));
        var matcher = LINK.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No link in the mail: " + body);
        }
        return matcher.group();
    }
}
