package fi.kvverkosto.identity;

import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Staff accounts for tests of other modules (browser journeys): each call makes a new account. */
public final class TestStaff {

    public static final String PASSWORD = StaffTestAccounts.PASSWORD;

    private TestStaff() {}

    /** A new editor of these organisations; returns the username. */
    public static String editor(ApplicationContext context, UUID... organisations) {
        return StaffTestAccounts.editor(context.getBean(StaffAccounts.class), organisations)
                .username();
    }

    /** A new admin; returns the username. */
    public static String admin(ApplicationContext context) {
        return StaffTestAccounts.admin(context.getBean(StaffAccounts.class)).username();
    }
}
