package org.oversight.account.internal;

import jakarta.validation.Valid;
import org.oversight.account.Accounts;
import org.oversight.account.CurrentUser;
import org.oversight.account.PasswordRules;
import org.oversight.account.Role;
import org.oversight.account.UsernameTakenException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list, create, disable and re-enable accounts. Nothing is ever deleted. */
@Controller
@RequestMapping("/accounts")
class AccountsController {
    private final Accounts accounts;
    private final PasswordRules passwordRules;

    AccountsController(Accounts accounts, PasswordRules passwordRules) {
        this.accounts = accounts;
        this.passwordRules = passwordRules;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        return "account/list";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("accountForm", new NewAccountForm());
        return "account/new";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("accountForm") NewAccountForm form, BindingResult errors,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("username") && accounts.exists(form.getUsername())) {
            errors.rejectValue("username", "account.form.username.taken");
        }
        if (!errors.hasFieldErrors("password")) {
            passwordRules.problemWith(form.getPassword(), form.getUsername())
                    .ifPresent(code -> errors.rejectValue("password", code));
        }
        if (errors.hasErrors()) {
            return "account/new";
        }
        try {
            accounts.create(form.getUsername(), form.getDisplayName(), form.getRole(), form.getPassword());
        } catch (UsernameTakenException taken) {
            errors.rejectValue("username", "account.form.username.taken");
            return "account/new";
        }
        redirect.addFlashAttribute("created", form.getUsername().toLowerCase());
        return "redirect:/accounts";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable Long id, CurrentUser user, RedirectAttributes redirect) {
        boolean self = accounts.list().stream()
                .anyMatch(a -> a.id().equals(id) && a.username().equals(user.username()));
        if (self) {
            redirect.addFlashAttribute("problem", "account.list.cannotDisableSelf");
            return "redirect:/accounts";
        }
        accounts.disable(id);
        return "redirect:/accounts";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable Long id) {
        accounts.enable(id);
        return "redirect:/accounts";
    }
}
