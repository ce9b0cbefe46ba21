package org.oversight.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** The form that creates a board or changes its name and kind. */
public class BoardForm {
    @NotBlank(message = "Enter the board's name")
    @Size(max = 200, message = "The board's name must be 200 characters or fewer")
    private String name;
    @NotNull(message = "Select what kind of board it is")
    private BoardKind kind;

    static BoardForm of(Board board) {
        BoardForm form = new BoardForm();
        form.name = board.getName();
        form.kind = board.getKind();
        return form;
    }

    /** The board in words, as the audit trail keeps it. */
    static Map<String, String> fields(Board board) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Name", board.getName());
        fields.put("Kind", board.getKind().label());
        fields.put("Members", String.join("; ", board.getMembers().stream()
                .map(m -> m.getName() + " (" + m.getRole().label() + (m.getUsername() == null ? "" : ", " + m.getUsername()) + ")")
                .toList()));
        return fields;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BoardKind getKind() { return kind; }
    public void setKind(BoardKind kind) { this.kind = kind; }
}
