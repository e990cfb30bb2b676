package fi.kvverkosto.contacts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time sign-in links for the people of the kv database. A person whose data is held on their consent (not withdrawn,
 * not erased) asks for a link with their e-mail address and gets a mail with a random token of 256 bits; only its
 * SHA-256 hash is stored. The link works once, within {@link SelfServiceSettings#linkValidity()}.
 *
 * <p>Asking tells nothing about which addresses are known: the answer is the same, the mail goes out after the
 * request, and the throttle counts unknown addresses too.
 */
@Service
@Transactional
class SignInLinks {

    /** Where a link's page goes once used. */
    static final String LINK_PATH = "/jasen/linkki/";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonRepository people;
    private final SignInTokenRepository tokens;
    private final AuditRepository audit;
    private final SelfServiceMail mail;
    private final LinkThrottle throttle;
    private final SelfServiceSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    SignInLinks(
            PersonRepository people,
            SignInTokenRepository tokens,
            AuditRepository audit,
            SelfServiceMail mail,
            LinkThrottle throttle,
            SelfServiceSettings settings,
            MessageSource messages,
            Clock clock) {
        this.people = people;
        this.tokens = tokens;
        this.audit = audit;
        this.mail = mail;
        this.throttle = throttle;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the person asking is told; the same whether or not the address is known. */
    enum Requested {
        /** "If the address is in the kv database, a link is on its way." */
        SENT_IF_KNOWN,
        /** Too many requests for that address or from that client for now. */
        THROTTLED,
        /** Mail is not configured: no link can be sent to anyone. */
        MAIL_OFF
    }

    /** A used link: who it signs in, and what it was for ({@link SignInToken#SIGN_IN} or {@link SignInToken#REVIEW}). */
    record Redeemed(Member member, String purpose) {}

    Requested request(String email, String client, Locale locale) {
        if (!mail.enabled()) {
            return Requested.MAIL_OFF;
        }
        if (!throttle.tryAcquire(email, client)) {
            return Requested.THROTTLED;
        }
        people.findByEmail(email).stream()
                .filter(Person::maySignIn)
                .findFirst()
                .ifPresent(person -> send(person, SignInToken.SIGN_IN, locale));
        return Requested.SENT_IF_KNOWN;
    }

    /** Makes a link for the person and mails it (after commit); for reminders too. */
    void send(Person person, String purpose, Locale locale) {
        String token = newToken();
        var now = clock.instant();
        var validity = SignInToken.REVIEW.equals(purpose) ? settings.reviewLinkValidity() : settings.linkValidity();
        tokens.save(new SignInToken(hash(token), person.id(), purpose, now, now.plus(validity)));
        String link = settings.publicUrl() + LINK_PATH + token;
        // Sign-in links last minutes, reminders' links days: each mail says it in its own unit.
        long minutes = SignInToken.REVIEW.equals(purpose) ? validity.toDays() : validity.toMinutes();
        String prefix = SignInToken.REVIEW.equals(purpose) ? "contacts.mail.review." : "contacts.mail.sign-in.";
        mail.send(
                person.email(),
                messages.getMessage(prefix + "subject", null, locale),
                messages.getMessage(prefix + "body", new Object[] {link, minutes}, locale));
    }

    /**
     * Uses a link: the member it signs in, if the token is known, unused, not expired, and the person may still sign in.
     * The token is then spent, whatever comes of the sign-in.
     */
    Optional<Redeemed> redeem(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        var now = clock.instant();
        return tokens.findByHashForUpdate(hash(token))
                .filter(t -> t.usableAt(now))
                .flatMap(t -> {
                    t.use(now);
                    return people.findById(t.personId())
                            .filter(Person::maySignIn)
                            .map(p -> {
                                audit.save(new AuditEntry(
                                        now,
                                        "member:" + p.id(),
                                        "signed-in",
                                        p.id(),
                                        p.company() == null ? null : p.company().id(),
                                        null));
                                return new Redeemed(new Member(p.id(), p.email()), t.purpose());
                            });
                });
    }

    /** Forgets links that expired a day ago or more; they can do nothing. */
    int forgetExpired() {
        return tokens.deleteExpiredBefore(clock.instant().minus(java.time.Duration.ofDays(1)));
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
