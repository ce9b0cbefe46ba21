package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.Accounts;
import org.oversight.account.OrganisationAuthority;
import org.oversight.account.Role;
import org.oversight.audit.AuditTrail;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forms that create a board and change its name, kind, members and roles: what a clerk
 * sees when a field is wrong, what the audit trail keeps, and that another council's board
 * cannot be touched (not found) nor a board of no organisation by someone of one (refused).
 */
@OversightTest
@Transactional
class BoardFormsTest {
    private static final RequestPostProcessor WHOLE_INSTANCE = user("manager").roles("PLAN_MANAGER");

    @Autowired MockMvc mvc;
    @Autowired Boards boards;
    @Autowired OrganisationRepository organisations;
    @Autowired AuditTrail audit;
    @Autowired Accounts accounts;

    private long councilA;
    private RequestPostProcessor managerOfA;
    private RequestPostProcessor managerOfB;

    @BeforeEach
    void twoCouncils() {
        councilA = organisations.save(new Organisation("Council A", OrganisationKind.COUNCIL)).getId();
        long councilB = organisations.save(new Organisation("Council B", OrganisationKind.COUNCIL)).getId();
        managerOfA = user("a-manager").authorities(() -> "ROLE_PLAN_MANAGER", () -> OrganisationAuthority.of(councilA));
        managerOfB = user("b-manager").authorities(() -> "ROLE_PLAN_MANAGER", () -> OrganisationAuthority.of(councilB));
    }

    private ResultActions createBoard(RequestPostProcessor who, String name, String kind) throws Exception {
        return mvc.perform(post("/boards/new").with(who).with(csrf()).param("name", name).param("kind", kind));
    }

    private Board boardOfA(String name) throws Exception {
        createBoard(managerOfA, name, "CORPORATE_PARENTING_PANEL").andExpect(status().is3xxRedirection());
        return boards.named(name, councilA).orElseThrow();
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    @DisplayName("should make the board its creator's council's, with an audit entry")
    void belongsToTheCreatorsCouncil() throws Exception {
        createBoard(managerOfA, "Children's Scrutiny Panel", "SCRUTINY_COMMITTEE")
                .andExpect(redirectedUrlPattern("/boards/*/edit"));

        Board board = boards.named("Children's Scrutiny Panel", councilA).orElseThrow();
        assertThat(board.getOrganisationId()).isEqualTo(councilA);
        assertThat(board.getKind()).isEqualTo(BoardKind.SCRUTINY_COMMITTEE);
        assertThat(audit.historyOf(BoardEditing.AUDIT_TYPE, board.getId()))
                .anySatisfy(e -> assertThat(e.getSummary()).isEqualTo("Created board Children's Scrutiny Panel"));
    }

    @Test
    @DisplayName("should show an error summary linking to each field left out, and create nothing")
    void namesEachMissingField() throws Exception {
        long before = boards.count();
        Document form = page(createBoard(managerOfA, " ", "").andExpect(status().isOk()));

        assertThat(form.title()).startsWith("Error: ");
        assertThat(form.select(".govuk-error-summary a").eachText())
                .containsExactlyInAnyOrder("Enter the board's name", "Select what kind of board it is");
        assertThat(form.select(".govuk-error-summary a[href=#name]")).hasSize(1);
        assertThat(boards.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("should refuse a second board of the same name in one council, but not in another")
    void refusesATakenNameWithinOneCouncil() throws Exception {
        boardOfA("Fostering Panel");

        Document form = page(createBoard(managerOfA, "fostering panel", "OTHER").andExpect(status().isOk()));
        assertThat(form.select("#name-error").text()).contains("There is already a board called Fostering Panel");
        createBoard(managerOfB, "Fostering Panel", "OTHER").andExpect(status().is3xxRedirection());
    }

    @Test
    @DisplayName("should refuse a viewer")
    void refusesAViewer() throws Exception {
        long before = boards.count();
        mvc.perform(get("/boards/new").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        createBoard(user("viewer").roles("VIEWER"), "Viewer's board", "OTHER").andExpect(status().isForbidden());
        assertThat(boards.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("should rename the board and keep the name before and after in the audit trail")
    void renames() throws Exception {
        Board board = boardOfA("Corporate Parenting Board");

        mvc.perform(post("/boards/{id}/edit", board.getId()).with(managerOfA).with(csrf())
                .param("name", "Corporate Parenting Panel").param("kind", "CORPORATE_PARENTING_PANEL"))
                .andExpect(status().is3xxRedirection());

        assertThat(boards.findById(board.getId()).orElseThrow().getName()).isEqualTo("Corporate Parenting Panel");
        assertThat(audit.historyOf(BoardEditing.AUDIT_TYPE, board.getId())).anySatisfy(e -> {
            assertThat(e.getBefore()).contains("Corporate Parenting Board");
            assertThat(e.getAfter()).contains("Corporate Parenting Panel");
        });
    }

    @Test
    @DisplayName("should answer 'not found' to another council and change nothing")
    void hidesTheBoardFromAnotherCouncil() throws Exception {
        Board board = boardOfA("Health and Wellbeing Board");
        int entries = audit.historyOf(BoardEditing.AUDIT_TYPE, board.getId()).size();

        mvc.perform(get("/boards/{id}/edit", board.getId()).with(managerOfB)).andExpect(status().isNotFound());
        mvc.perform(post("/boards/{id}/edit", board.getId()).with(managerOfB).with(csrf())
                .param("name", "Taken over").param("kind", "OTHER")).andExpect(status().isNotFound());
        mvc.perform(post("/boards/{id}/members", board.getId()).with(managerOfB).with(csrf())
                .param("name", "Intruder").param("role", "CHAIR")).andExpect(status().isNotFound());

        Board unchanged = boards.findById(board.getId()).orElseThrow();
        assertThat(unchanged.getName()).isEqualTo("Health and Wellbeing Board");
        assertThat(unchanged.getMembers()).isEmpty();
        assertThat(audit.historyOf(BoardEditing.AUDIT_TYPE, board.getId())).hasSize(entries);
    }

    @Test
    @DisplayName("should let only someone of no organisation change a board of none")
    void boardOfNoneIsChangedOnlyByTheWholeInstance() throws Exception {
        Board ofNone = boards.save(new Board("Regional Adoption Board", BoardKind.OTHER));

        mvc.perform(get("/boards/{id}/edit", ofNone.getId()).with(managerOfA)).andExpect(status().isForbidden());
        mvc.perform(post("/boards/{id}/edit", ofNone.getId()).with(managerOfA).with(csrf())
                .param("name", "Council A's board now").param("kind", "OTHER")).andExpect(status().isForbidden());
        assertThat(boards.findById(ofNone.getId()).orElseThrow().getName()).isEqualTo("Regional Adoption Board");

        mvc.perform(post("/boards/{id}/edit", ofNone.getId()).with(WHOLE_INSTANCE).with(csrf())
                .param("name", "Regional Adoption Panel").param("kind", "OTHER")).andExpect(status().is3xxRedirection());
        assertThat(boards.findById(ofNone.getId()).orElseThrow().getName()).isEqualTo("Regional Adoption Panel");
    }

    @Test
    @DisplayName("should add a member, change their role and take them off, each in the audit trail")
    void addsChangesAndRemoves() throws Exception {
        Board board = boardOfA("Corporate Parenting Panel");
        mvc.perform(post("/boards/{id}/members", board.getId()).with(managerOfA).with(csrf())
                .param("name", "Cllr Ann Brown").param("role", "VOTING_MEMBER").param("username", ""))
                .andExpect(status().is3xxRedirection());
        long memberId = boards.findById(board.getId()).orElseThrow().getMembers().get(0).getId();

        mvc.perform(post("/boards/{id}/members/{m}/edit", board.getId(), memberId).with(managerOfA).with(csrf())
                .param("name", "Cllr Ann Brown").param("role", "CHAIR")).andExpect(status().is3xxRedirection());
        assertThat(boards.findById(board.getId()).orElseThrow().getMembers().get(0).getRole()).isEqualTo(MemberRole.CHAIR);
        Document edit = page(mvc.perform(get("/boards/{id}/edit", board.getId()).with(managerOfA)).andExpect(status().isOk()));
        assertThat(edit.select(".member-row").text()).contains("Cllr Ann Brown").contains("Chair");

        mvc.perform(post("/boards/{id}/members/{m}/remove", board.getId(), memberId).with(managerOfA).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(boards.findById(board.getId()).orElseThrow().getMembers()).isEmpty();
        assertThat(audit.historyOf(BoardEditing.AUDIT_TYPE, board.getId())).extracting(e -> e.getChangeKind())
                .contains("member added", "member changed", "member removed");
    }

    @Test
    @DisplayName("should refuse an account of another council as a member's account, saying which field")
    void refusesAnotherCouncilsAccount() throws Exception {
        Board board = boardOfA("Fostering Panel");
        accounts.create("b-officer", "B Officer", Role.VIEWER, "a-long-enough-password-1");
        accounts.placeIn("b-officer", organisations.findAll().stream()
                .filter(o -> o.getName().equals("Council B")).findFirst().orElseThrow().getId());

        Document form = page(mvc.perform(post("/boards/{id}/members", board.getId()).with(managerOfA).with(csrf())
                .param("name", "B Officer").param("role", "SUPPORTING_OFFICER").param("username", "b-officer"))
                .andExpect(status().isOk()));

        assertThat(form.select(".govuk-error-summary a[href=#username]").text())
                .isEqualTo("There is no account with the username b-officer that can sit on this board");
        assertThat(boards.findById(board.getId()).orElseThrow().getMembers()).isEmpty();
    }

    @Test
    @DisplayName("should name a missing name and role in the error summary")
    void namesMissingFields() throws Exception {
        Board board = boardOfA("Youth Justice Board");

        Document form = page(mvc.perform(post("/boards/{id}/members", board.getId()).with(managerOfA).with(csrf())
                .param("name", "").param("role", "")).andExpect(status().isOk()));

        assertThat(form.select(".govuk-error-summary a").eachText())
                .containsExactlyInAnyOrder("Enter the person's name", "Select the person's role on the board");
        assertThat(form.select("h1").text()).isEqualTo("Add a member or supporting officer");
    }
}
