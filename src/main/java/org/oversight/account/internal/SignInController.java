package org.oversight.account.internal;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.oversight.account.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security handles the POST; this shows the form and its errors. */
@Controller
class SignInController {
    private final AccountProperties properties;
    private final List<OrganisationSignIn> organisations;

    SignInController(AccountProperties properties, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.properties = properties;
        this.organisations = OrganisationSignIn.all(registrations.getIfAvailable());
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, HttpSession session, CurrentUser user, Model model) {
        if (user.isSignedIn() && error == null) {
            return "redirect:/plans";
        }
        SignInForm form = new SignInForm();
        BindingResult errors = new BeanPropertyBindingResult(form, "signIn");
        Object problem = session.getAttribute(SignInProblem.SESSION_KEY);
        session.removeAttribute(SignInProblem.SESSION_KEY);
        if (problem instanceof SignInProblem p) {
            form.setUsername(p.username());
            explain(p, errors);
        } else if (error != null) {
            errors.rejectValue("username", "account.signIn.error.incorrect");
        }
        model.addAttribute("signIn", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "signIn", errors);
        model.addAttribute("demoAccounts", properties.demo().enabled() ? DemoAccount.ALL : List.of());
        model.addAttribute("demoPassword", DemoAccount.PASSWORD);
        model.addAttribute("organisations", organisations);
        return "account/sign-in";
    }

    private static void explain(SignInProblem problem, BindingResult errors) {
        switch (problem.kind()) {
            case MISSING -> {
                if (problem.username().isBlank()) {
                    errors.rejectValue("username", "account.signIn.error.username.missing");
                }
                if (problem.passwordMissing()) {
                    errors.rejectValue("password", "account.signIn.error.password.missing");
                }
            }
            case LOCKED -> errors.rejectValue("username", "account.signIn.error.locked");
            case TOO_MANY_FROM_ADDRESS -> errors.rejectValue("username", "account.signIn.error.address");
            case ORGANISATION_NO_ROLE -> errors.reject("account.signIn.error.organisation.noRole");
            case ORGANISATION_FAILED -> errors.reject("account.signIn.error.organisation.failed");
            default -> errors.rejectValue("username", "account.signIn.error.incorrect");
        }
    }

    /** What the sign-in form shows back: the username only, never the password. */
    static class SignInForm {
        private String username = "";

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getPassword() { return ""; }
    }
}
