package org.oversight.notification.internal;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Administrators read the emails kept in the outbox, newest first. */
@Controller
class OutboxPages {
    private final OutboxRepository outbox;
    private final MailProperties properties;

    OutboxPages(OutboxRepository outbox, MailProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    @GetMapping("/outbox")
    @Transactional(readOnly = true)
    String show(Model model) {
        model.addAttribute("messages", outbox.findTop100ByOrderByCreatedAtDescIdDesc());
        model.addAttribute("mode", properties.mode());
        return "notification/outbox";
    }
}
