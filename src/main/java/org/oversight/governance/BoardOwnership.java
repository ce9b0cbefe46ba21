package org.oversight.governance;

import java.util.Map;
import org.oversight.audit.AuditTrail;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Gives a board that belongs to no organisation to one, so that its people manage it: for the
 * whole instance's administrators only (the security rules see to that), and once only; a board
 * that already belongs to an organisation keeps it. The boards list shows them the boards of none.
 */
@Controller
class BoardOwnership {
    private final Boards boards;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;

    BoardOwnership(Boards boards, OrganisationRepository organisations, AuditTrail audit) {
        this.boards = boards;
        this.organisations = organisations;
        this.audit = audit;
    }

    @PostMapping("/boards/{id}/organisation")
    @Transactional
    String assign(@PathVariable long id, @RequestParam(required = false) String organisation, RedirectAttributes redirect) {
        Board board = boards.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Organisation owner = organisations.chosen(organisation).orElse(null);
        if (board.getOrganisationId() != null) {
            redirect.addFlashAttribute("ownerProblem", board.getName() + " already belongs to an organisation");
        } else if (owner == null) {
            redirect.addFlashAttribute("ownerProblem", "Select the organisation " + board.getName() + " belongs to");
        } else if (boards.findFirstByNameIgnoreCaseAndOrganisationKeyOrderById(board.getName(), owner.getId()).isPresent()) {
            redirect.addFlashAttribute("ownerProblem", owner.getName() + " already has a board called " + board.getName());
        } else {
            board.belongTo(owner.getId());
            boards.flush();
            audit.record("Board", board.getId(), "assigned", board.getName() + " now belongs to " + owner.getName(),
                    Map.of("organisation", "none"), Map.of("organisation", owner.getName()));
            redirect.addFlashAttribute("notice", board.getName() + " now belongs to " + owner.getName());
        }
        return "redirect:/boards#unassigned";
    }
}
