package org.oversight.account.internal;

import org.oversight.account.Accounts;
import org.oversight.account.CurrentUser;
import org.oversight.account.PasswordRules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person with a local account changes their own password. People who sign in
 * with their organisation's account are told their password is managed there.
 */
@Controller
class PasswordPage {
    private static final String VIEW = "account/password";
    private final Accounts accounts;
    private final PasswordRules rules;

    PasswordPage(Accounts accounts, PasswordRules rules) {
        this.accounts = accounts;
        this.rules = rules;
    }

    @GetMapping("/account/password")
    String form(CurrentUser user, Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        model.addAttribute("localAccount", accounts.exists(user.username()));
        return VIEW;
    }

    @PostMapping("/account/password")
    String change(@ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        boolean local = accounts.exists(user.username());
        model.addAttribute("localAccount", local);
        if (!local) {
            return VIEW;
        }
        if (form.currentPassword().isEmpty()) {
            errors.rejectValue("currentPassword", "account.password.current.missing");
        }
        rules.problemWith(form.newPassword(), user.username())
                .ifPresent(code -> errors.rejectValue("newPassword", code));
        if (!errors.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "account.password.confirm.different");
        }
        if (!errors.hasErrors() && !accounts.changePassword(user.username(), form.currentPassword(), form.newPassword())) {
            errors.rejectValue("currentPassword", "account.password.current.wrong");
        }
        if (errors.hasErrors()) {
            return VIEW;
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account/password";
    }
}
