package fi.kvverkosto.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Accounts and client addresses for web tests that share one application context (and its sign-in throttle): each
 * test makes its own, so that no test's failures lock another's.
 */
final class StaffTestAccounts {

    static final String PASSWORD = "a long test password";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private StaffTestAccounts() {}

    static String uniqueName(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An address from the documentation range 198.18.0.0/15, different for every call. */
    static String uniqueAddress() {
        int n = COUNTER.incrementAndGet();
        return "198.18." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            ((MockHttpServletRequest) request).setRemoteAddr(address);
            return request;
        };
    }

    static StaffAccounts.Account editor(StaffAccounts accounts, UUID... organisations) {
        return accounts.create(
                uniqueName("editor"),
                new StaffAccounts.Details("Test Editor", null, StaffRole.EDITOR, Set.of(organisations), true),
                PASSWORD);
    }

    static StaffAccounts.Account admin(StaffAccounts accounts) {
        return accounts.create(
                uniqueName("admin"),
                new StaffAccounts.Details("Test Admin", null, StaffRole.ADMIN, List.of(), true),
                PASSWORD);
    }
}
