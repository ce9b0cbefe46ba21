package org.oversight.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The form that adds a member or supporting officer to a board, or changes one. */
public class MemberForm {
    @NotBlank(message = "Enter the person's name")
    @Size(max = 200, message = "The name must be 200 characters or fewer")
    private String name;
    @NotNull(message = "Select the person's role on the board")
    private MemberRole role;
    @Size(max = 100, message = "The username must be 100 characters or fewer")
    private String username;

    /** The account's username, or null when the person signs in with none. */
    String account() {
        return username == null || username.isBlank() ? null : username.strip();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public MemberRole getRole() { return role; }
    public void setRole(MemberRole role) { this.role = role; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
}
