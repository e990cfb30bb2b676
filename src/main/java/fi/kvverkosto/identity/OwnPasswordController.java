package fi.kvverkosto.identity;

import fi.kvverkosto.identity.AccountForms.OwnPassword;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in staff member changes their own password here, proving it is them with the current one. */
@Controller
class OwnPasswordController {

    static final String PATH = "/yllapito/salasana";

    private final StaffAccounts accounts;

    OwnPasswordController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("form", new OwnPassword(null, null, null));
        return "identity/own-password";
    }

    @PostMapping(PATH)
    String change(
            @Valid @ModelAttribute("form") OwnPassword form,
            BindingResult result,
            Authentication authentication,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("newPassword")) {
            Passwords.problem(authentication.getName(), form.newPassword())
                    .ifPresent(key -> result.rejectValue("newPassword", key));
        }
        if (!result.hasFieldErrors("newPassword")
                && !result.hasFieldErrors("repeatPassword")
                && !form.newPassword().equals(form.repeatPassword())) {
            result.rejectValue("repeatPassword", "identity.own-password.repeat.mismatch");
        }
        if (result.hasErrors()) {
            return "identity/own-password";
        }
        try {
            accounts.changeOwnPassword(authentication.getName(), form.currentPassword(), form.newPassword());
        } catch (AccountChangeRejected e) {
            if (e.field() == null) {
                result.reject(e.messageKey());
            } else {
                result.rejectValue(e.field(), e.messageKey());
            }
            return "identity/own-password";
        }
        redirect.addFlashAttribute("notice", "identity.own-password.changed");
        redirect.addFlashAttribute("noticeArgs", new Object[0]);
        return "redirect:" + SecurityConfiguration.STAFF_HOME;
    }
}
