package fi.kvverkosto.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * After a failed sign-in, remembers for the next page view what to tell the user (one generic message, or how long to
 * wait) and the username they typed, and sends them back to the sign-in page. Which of the username or password was
 * wrong, or whether the account exists or is disabled, is never told.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String ATTRIBUTE = SignInFailureHandler.class.getName() + ".FAILURE";

    /**
     * What the sign-in page shows once after a failure.
     *
     * @param username what the user typed, shown again in the field
     * @param lockedMinutes how many minutes to wait before trying again, or 0 when not locked
     */
    record Failure(String username, long lockedMinutes) implements Serializable {}

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String username = request.getParameter("username");
        if (username != null && username.length() > Usernames.MAX_LENGTH) {
            username = username.substring(0, Usernames.MAX_LENGTH);
        }
        long minutes = exception instanceof SignInThrottledException throttled ? throttled.minutes() : 0;
        request.getSession().setAttribute(ATTRIBUTE, new Failure(username, minutes));
        response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN + "?virhe");
    }
}
