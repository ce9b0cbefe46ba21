package org.oversight.account.internal;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
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
    private final GroupNames groups;

    AccountsController(Accounts accounts, PasswordRules passwordRules, OrganisationNames organisations,
            GroupNames groups) {
        this.accounts = accounts;
        this.passwordRules = passwordRules;
        this.organisations = organisations;
        this.groups = groups;
    }

    /** The roles the administrator may give: an adviser belongs to no organisation, so only one of none creates one. */
    @ModelAttribute("roles")
    List<Role> roles(CurrentUser user) {
        return Arrays.stream(Role.values())
                .filter(role -> role != Role.ADVISER || user.organisationId() == null).toList();
    }

    /** Every group's name by id, for the group an adviser advises. */
    @ModelAttribute("groupNames")
    Map<Long, String> groupNames() {
        return groups.all();
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
        Long group = checkedGroup(form, errors, user, organisation);
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
            accounts.create(form.getUsername(), form.getDisplayName(), form.getRole(), form.getPassword(), organisation, group);
        } catch (UsernameTakenException taken) {
            errors.rejectValue("username", "account.form.username.taken");
            return "account/new";
        }
        redirect.addFlashAttribute("created", form.getUsername().toLowerCase());
        return "redirect:/accounts";
    }

    /**
     * The group of a new adviser: required, and known; an adviser belongs to no organisation and
     * only an administrator of none creates one. Null for every other role.
     */
    private Long checkedGroup(NewAccountForm form, BindingResult errors, CurrentUser user, Long organisation) {
        if (form.getRole() != Role.ADVISER) {
            return null;
        }
        if (user.organisationId() != null) {
            errors.rejectValue("role", "account.form.role.adviserInstanceOnly");
            return null;
        }
        if (organisation != null) {
            errors.rejectValue("organisationId", "account.form.organisation.adviser");
        }
        if (form.getGroupId() == null) {
            errors.rejectValue("groupId", "account.form.group.missing");
        } else if (groups.nameOf(form.getGroupId()).isEmpty()) {
            errors.rejectValue("groupId", "account.form.group.unknown");
        }
        return form.getGroupId();
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
