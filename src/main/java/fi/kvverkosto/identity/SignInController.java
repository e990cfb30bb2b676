package fi.kvverkosto.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security handles the form's POST ({@link SecurityConfiguration}); this page shows the form
 * and, once after a failure, what went wrong ({@link SignInFailureHandler}).
 */
@Controller
class SignInController {

    @GetMapping(SecurityConfiguration.SIGN_IN)
    String signIn(HttpServletRequest request, Authentication authentication, Model model) {
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:" + SecurityConfiguration.STAFF_HOME;
        }
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SignInFailureHandler.ATTRIBUTE)
                        instanceof SignInFailureHandler.Failure failure) {
            // Shown once: reloading the page gives a clean form.
            session.removeAttribute(SignInFailureHandler.ATTRIBUTE);
            model.addAttribute("failure", failure);
            model.addAttribute("username", failure.username());
        }
        model.addAttribute("signedOut", request.getParameterMap().containsKey("ulos"));
        return "identity/sign-in";
    }
}
