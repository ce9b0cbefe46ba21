package org.oversight.indicator;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.oversight.account.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a CSV or XLSX file of indicator values: upload, a preview with the warnings
 * before anything is saved, then confirm; the rows wait in the session between the two.
 */
@Controller
class IndicatorImportPages {
    private static final String PENDING = "indicatorImport.";
    private final IndicatorImport importer;

    IndicatorImportPages(IndicatorImport importer) {
        this.importer = importer;
    }

    @GetMapping("/indicators/import")
    String form() {
        return "indicator/import";
    }

    @PostMapping("/indicators/import")
    String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpSession session,
                   CurrentUser person) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "Select a CSV or Excel file of indicator values");
            return "indicator/import";
        }
        IndicatorSheet sheet = read(file);
        ImportPreview preview = importer.preview(sheet, person.organisationId());
        model.addAttribute("preview", preview);
        model.addAttribute("fileName", file.getOriginalFilename());
        if (preview.importable()) {
            String token = UUID.randomUUID().toString();
            session.setAttribute(PENDING + token, sheet);
            model.addAttribute("token", token);
        }
        return "indicator/import-preview";
    }

    @PostMapping("/indicators/import/confirm")
    String confirm(@RequestParam String token, HttpSession session, CurrentUser person, RedirectAttributes redirect) {
        Object pending = session.getAttribute(PENDING + token);
        if (!(pending instanceof IndicatorSheet sheet)) {
            redirect.addFlashAttribute("notice", "That import has already been saved or has expired; upload the file again");
            return "redirect:/indicators/import";
        }
        session.removeAttribute(PENDING + token);
        ImportPreview result = importer.importRows(sheet, person.username(), person.organisationId());
        redirect.addFlashAttribute("notice", result.rows().size() + " values imported: " + result.newValues() + " new, "
                + result.corrections() + " corrected");
        redirect.addFlashAttribute("entryWarnings", result.warnings());
        return "redirect:/indicators";
    }

    private static IndicatorSheet read(MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            try (InputStream in = file.getInputStream()) {
                return IndicatorWorkbook.read(in);
            } catch (IOException | RuntimeException e) {
                return new IndicatorSheet(List.of(), List.of("This file is not an Excel workbook that can be read, though its name"
                        + " ends .xlsx: open it in Excel and save it again as an Excel workbook (.xlsx) or as CSV"));
            }
        }
        if (!name.endsWith(".csv") && !name.endsWith(".txt")) {
            return new IndicatorSheet(List.of(), List.of("The file must be a CSV (.csv) or Excel (.xlsx) file"));
        }
        return IndicatorCsv.read(new String(file.getBytes(), StandardCharsets.UTF_8));
    }
}
