package org.oversight.governance;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.oversight.account.CurrentUser;
import org.oversight.audit.AuditTrail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing one meeting's minutes from a Word document, a PDF, a text file or pasted text: a preview
 * of the items, decisions, exempt items and warnings before anything is saved, which asks for
 * the board and the date when the minutes do not give them; then confirm. The minutes go to
 * the board of that name in the importer's organisation (created for it if need be).
 */
@Controller
class MinutesImportPages {
    private final MinutesRecording recording;
    private final AuditTrail audit;
    private final MessageSource messages;

    MinutesImportPages(MinutesRecording recording, AuditTrail audit, MessageSource messages) {
        this.recording = recording;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/minutes/import")
    String form(@ModelAttribute("minutesForm") MinutesImportForm form) {
        return "governance/minutes-import";
    }

    @PostMapping("/minutes/import")
    String preview(@RequestParam(name = "file", required = false) MultipartFile file,
                   @ModelAttribute("minutesForm") MinutesImportForm form, BindingResult errors, Model model) {
        if (file != null && !file.isEmpty()) {
            try {
                form.setText(text(file));
            } catch (MinutesPdf.NoText e) {
                errors.rejectValue("text", "noText", message("minutes.import.error.noText"));
                return "governance/minutes-import";
            } catch (IOException | RuntimeException e) {
                errors.rejectValue("text", "unreadable", message("minutes.import.error.unreadable"));
                return "governance/minutes-import";
            }
        }
        if (form.getText() == null || form.getText().isBlank()) {
            errors.rejectValue("text", "empty", message("minutes.import.error.empty"));
            return "governance/minutes-import";
        }
        return check(form, errors, model);
    }

    @PostMapping("/minutes/import/confirm")
    String confirm(@ModelAttribute("minutesForm") MinutesImportForm form, BindingResult errors, Model model,
                   CurrentUser person, RedirectAttributes redirect) {
        String page = check(form, errors, model);
        if (errors.hasErrors()) {
            return page;
        }
        ReadMinutes minutes = (ReadMinutes) model.getAttribute("minutes");
        Meeting meeting;
        try {
            meeting = recording.store(minutes, person.username(), person.organisationId());
        } catch (MinutesRecording.Refused refused) {
            errors.reject(refused.code(), refused.getMessage());
            return page;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("board", minutes.board());
        after.put("date", minutes.date().toString());
        after.put("items", minutes.items().size());
        after.put("exemptItems", minutes.items().stream().filter(ReadMinutes.Item::exempt).count());
        after.put("warnings", minutes.warnings().stream().map(ReadMinutes.Warning::code).toList());
        audit.record("Meeting", meeting.getId(), "MINUTES_IMPORTED", "Minutes imported: " + minutes.items().size()
                + " items of the " + minutes.board() + " meeting on " + Dates.longDate(minutes.date()), null, after);
        redirect.addFlashAttribute("notice", messages.getMessage("minutes.import.done", new Object[] {minutes.items().size()},
                Locale.UK));
        return "redirect:/meetings/" + meeting.getId();
    }

    /** Reads the minutes with the board and date given, and puts what is missing as errors on the preview. */
    private String check(MinutesImportForm form, BindingResult errors, Model model) {
        String text = form.getText() == null ? "" : form.getText();
        LocalDate on = null;
        if (form.getDate() != null && !form.getDate().isBlank()) {
            on = date(form.getDate());
            if (on == null) {
                errors.rejectValue("date", "invalid", message("minutes.import.error.dateInvalid"));
            }
        }
        ReadMinutes minutes = MinutesReader.read(text).withBoardAndDate(form.getBoard(), on);
        if (minutes.items().isEmpty()) {
            errors.rejectValue("text", "noItems", messages.getMessage("minutes.import.error.noItems",
                    new Object[] {MinutesReader.shapesLookedFor()}, Locale.UK));
            return "governance/minutes-import";
        }
        if (minutes.board() == null) {
            errors.rejectValue("board", "missing", message("minutes.import.error.board"));
        } else if (minutes.board().length() > 200) {
            errors.rejectValue("board", "long", message("minutes.import.error.boardLong"));
        }
        if (minutes.date() == null && !errors.hasFieldErrors("date")) {
            errors.rejectValue("date", "missing", message("minutes.import.error.date"));
        }
        form.setBoard(minutes.board());
        if (minutes.date() != null) {
            form.setDate(minutes.date().toString());
        }
        model.addAttribute("minutes", minutes);
        model.addAttribute("followUps", MinuteAsks.followUps(minutes).size());
        return "governance/minutes-preview";
    }

    /** A date as 2026-11-03 or as 3 November 2026. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return MinutesReader.parseDate(text);
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }

    private static String text(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return MinutesDocx.textOf(file.getOriginalFilename(), in);
        }
    }
}
