package org.oversight.account.internal;

import jakarta.validation.Valid;
import java.util.Map;
import org.oversight.account.AccountSummary;
import org.oversight.account.Accounts;
import org.oversight.account.CurrentUser;
import org.oversight.account.PasswordRules;
import org.oversight.account.Role;
import org.oversight.account.UsernameTakenException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators list, create, disable and re-enable accounts. Nothing is ever deleted. An
 * administrator of an organisation sees and creates that organisation's accounts only (another's
 * answers as if it did not exist); one of no organisation sees every account and chooses the
 * organisation of a new one.
 */
@Controller
@RequestMapping("/accounts")
class AccountsController {
    private final Accounts accounts;
    private final PasswordRules passwordRules;
    private final OrganisationNames organisations;

    AccountsController(Accounts accounts, PasswordRules passwordRules, OrganisationNames organisations) {
        this.accounts = accounts;
        this.passwordRules = passwordRules;
        this.organisations = organisations;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    /** Every organisation's name by id, for the list's column and the new account's select. */
    @ModelAttribute("organisationNames")
    Map<Long, String> organisationNames() {
        return organisations.all();
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        model.addAttribute("accounts", accounts.listFor(user.organisationId()));
        return "account/list";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("accountForm", new NewAccountForm());
        return "account/new";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("accountForm") NewAccountForm form, BindingResult errors,
            CurrentUser user, RedirectAttributes redirect) {
        Long organisation = user.organisationId() != null ? user.organisationId() : form.getOrganisationId();
        if (organisation != null && organisations.nameOf(organisation).isEmpty()) {
            errors.rejectValue("organisationId", "account.form.organisation.unknown");
        }
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
            accounts.create(form.getUsername(), form.getDisplayName(), form.getRole(), form.getPassword(), organisation);
        } catch (UsernameTakenException taken) {
            errors.rejectValue("username", "account.form.username.taken");
            return "account/new";
        }
        redirect.addFlashAttribute("created", form.getUsername().toLowerCase());
        return "redirect:/accounts";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable Long id, CurrentUser user, RedirectAttributes redirect) {
        boolean self = manageable(id, user).username().equals(user.username());
        if (self) {
            redirect.addFlashAttribute("problem", "account.list.cannotDisableSelf");
            return "redirect:/accounts";
        }
        accounts.disable(id);
        return "redirect:/accounts";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable Long id, CurrentUser user) {
        manageable(id, user);
        accounts.enable(id);
        return "redirect:/accounts";
    }

    /** The account, when it is within the administrator's organisation; otherwise as if it did not exist. */
    private AccountSummary manageable(Long id, CurrentUser user) {
        return accounts.listFor(user.organisationId()).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
