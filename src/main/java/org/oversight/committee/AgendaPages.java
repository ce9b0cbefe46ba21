package org.oversight.committee;

import org.oversight.account.CurrentUser;
import org.oversight.governance.Meeting;
import org.oversight.governance.Meetings;
import org.oversight.governance.PublicationPolicy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A meeting's agenda pack. The public pack (HTML and PDF) is public, as a board's public page is;
 * the exempt pack only for those with a role on the board (not found for anyone else).
 */
@Controller
class AgendaPages {
    private final Meetings meetings;
    private final AgendaPack packs;
    private final PublicationPolicy policy;

    AgendaPages(Meetings meetings, AgendaPack packs, PublicationPolicy policy) {
        this.meetings = meetings;
        this.packs = packs;
        this.policy = policy;
    }

    @GetMapping("/meetings/{id}/agenda")
    ResponseEntity<String> agenda(@PathVariable long id) {
        return html(packs.html(meeting(id), false));
    }

    @GetMapping("/meetings/{id}/agenda.pdf")
    ResponseEntity<byte[]> agendaPdf(@PathVariable long id) {
        return pdf(packs.pdf(meeting(id), false), "agenda-pack-" + id + ".pdf");
    }

    @GetMapping("/meetings/{id}/agenda.docx")
    ResponseEntity<byte[]> agendaDocx(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"agenda-pack-" + id + ".docx\"")
                .body(packs.docx(meeting(id)));
    }

    @GetMapping("/meetings/{id}/agenda/exempt")
    ResponseEntity<String> exempt(@PathVariable long id, CurrentUser person) {
        return html(packs.html(exemptFor(id, person), true));
    }

    @GetMapping("/meetings/{id}/agenda/exempt.pdf")
    ResponseEntity<byte[]> exemptPdf(@PathVariable long id, CurrentUser person) {
        return pdf(packs.pdf(exemptFor(id, person), true), "exempt-agenda-pack-" + id + ".pdf");
    }

    /** An appendix of a published public report to the meeting, as the public pack links it; nothing else is found. */
    @GetMapping("/meetings/{id}/agenda/appendices/{appendixId}")
    ResponseEntity<byte[]> appendix(@PathVariable long id, @PathVariable long appendixId) {
        Meeting meeting = meeting(id);
        return download(packs.items(meeting, false).stream().filter(i -> i.report() != null)
                .flatMap(i -> i.report().appendix(appendixId).stream()).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** The appendix's document as it was uploaded, to save under its own name. */
    static ResponseEntity<byte[]> download(ReportAppendix appendix) {
        String name = appendix.getFileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(appendix.getMediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff").body(appendix.content());
    }

    private Meeting meeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Meeting exemptFor(long id, CurrentUser person) {
        Meeting meeting = meeting(id);
        if (!policy.maySeeExempt(meeting.getBoard(), person)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return meeting;
    }

    private static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(body);
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"").body(body);
    }
}
