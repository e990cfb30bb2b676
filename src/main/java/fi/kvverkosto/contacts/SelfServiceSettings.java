package fi.kvverkosto.contacts;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The kv database's self-service and retention settings, bound from {@code kv.contacts.*}.
 *
 * @param publicUrl the application's address as people reach it, for links in e-mails (never taken from a request's
 *     Host header, which a caller chooses)
 * @param mailFrom the sender of the e-mails
 * @param linkValidity how long a one-time sign-in link works
 * @param reviewLinkValidity how long the link in a retention reminder works (longer: a reminder is not expected)
 * @param maxLinksPerAddress links sent to one e-mail address within the window, at most
 * @param maxLinksPerClient link requests from one client address within the window, at most
 * @param window the throttle's window
 * @param reviewAfter records not confirmed or updated for this long are stale: listed to staff, and their people
 *     reminded by e-mail (once per period)
 */
@ConfigurationProperties("kv.contacts")
record SelfServiceSettings(
        @DefaultValue("http://localhost:8080") String publicUrl,

        @DefaultValue("kv-verkosto <no-reply@kv-verkosto.invalid>")
        String mailFrom,

        @DefaultValue("15m") Duration linkValidity,
        @DefaultValue("7d") Duration reviewLinkValidity,
        @DefaultValue("3") int maxLinksPerAddress,
        @DefaultValue("20") int maxLinksPerClient,
        @DefaultValue("1h") Duration window,
        @DefaultValue("P24M") Period reviewAfter) {

    SelfServiceSettings {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        if (linkValidity.isNegative()
                || linkValidity.isZero()
                || reviewLinkValidity.isNegative()
                || reviewLinkValidity.isZero()
                || window.isNegative()
                || window.isZero()) {
            throw new IllegalArgumentException("kv.contacts link-validity and window must be positive");
        }
        if (maxLinksPerAddress < 1 || maxLinksPerClient < 1) {
            throw new IllegalArgumentException("kv.contacts link limits must be at least 1");
        }
        if (reviewAfter.isNegative() || reviewAfter.isZero()) {
            throw new IllegalArgumentException("kv.contacts.review-after must be positive");
        }
    }
}
