package org.oversight.notification.internal;

import java.util.regex.Pattern;
import org.oversight.notification.DeliveryChoice;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each person chooses their email address and whether to get emails at once, daily, or not at all. */
@Controller
class PreferencesPages {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private final PreferenceRepository preferences;

    PreferencesPages(PreferenceRepository preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/account/notifications")
    @Transactional(readOnly = true)
    String show(Authentication auth, Model model) {
        NotificationPreference p = preferences.findById(auth.getName())
                .orElse(new NotificationPreference(auth.getName(), null, DeliveryChoice.IMMEDIATE));
        return page(model, p.getEmail(), p.getDelivery(), null);
    }

    @PostMapping("/account/notifications")
    @Transactional
    String save(Authentication auth, @RequestParam(required = false) String email,
                @RequestParam(required = false) DeliveryChoice delivery, Model model, RedirectAttributes redirect) {
        if (delivery == null) {
            return page(model, email, null, "Select how you want to get notifications");
        }
        boolean blank = email == null || email.isBlank();
        if (delivery != DeliveryChoice.NONE && blank) {
            return page(model, email, delivery, "Enter your email address, or choose not to get emails");
        }
        if (!blank && (email.length() > 320 || !EMAIL.matcher(email.strip()).matches())) {
            return page(model, email, delivery, "Enter an email address in the correct format, like name@example.gov.uk");
        }
        preferences.findById(auth.getName()).ifPresentOrElse(p -> p.choose(email, delivery),
                () -> preferences.save(new NotificationPreference(auth.getName(), email, delivery)));
        redirect.addFlashAttribute("notice", "Your notification settings have been saved");
        return "redirect:/account/notifications";
    }

    private String page(Model model, String email, DeliveryChoice delivery, String problem) {
        model.addAttribute("email", email);
        model.addAttribute("delivery", delivery);
        model.addAttribute("choices", DeliveryChoice.values());
        model.addAttribute("problem", problem);
        return "notification/preferences";
    }
}
