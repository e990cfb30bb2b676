package fi.kvverkosto.identity;

/**
 * A change to an account that the rules do not allow; nothing was changed. Carries what a form needs to say why.
 *
 * @see StaffAccounts
 */
class AccountChangeRejected extends RuntimeException {

    private final String field;
    private final String messageKey;

    /**
     * @param field the form field the problem is about, or null for the form as a whole
     * @param messageKey the message in the identity bundle that says what to do
     */
    AccountChangeRejected(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    static AccountChangeRejected stale() {
        return new AccountChangeRejected(null, "identity.account.stale");
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
