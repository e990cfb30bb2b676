package fi.kvverkosto.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are tolerated before further attempts are refused for a while, bound from
 * {@code kv.security.login.*}.
 *
 * @param maxFailuresPerAccount failures for one username within the window before that username is locked
 * @param maxFailuresPerAddress failures from one client address within the window before that address is locked;
 *     higher than per account because an office or a school may share one address
 * @param window how long a lock lasts, counted from the first failure of the series
 * @param maxTracked how many usernames and how many addresses are tracked at most, so that memory stays bounded
 */
@ConfigurationProperties("kv.security.login")
record SignInLimits(
        @DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration window,
        @DefaultValue("10000") int maxTracked) {

    SignInLimits {
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1 || maxTracked < 1) {
            throw new IllegalArgumentException("kv.security.login limits must be at least 1");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("kv.security.login.window must be positive");
        }
    }
}
