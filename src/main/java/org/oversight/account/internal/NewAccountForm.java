package org.oversight.account.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.oversight.account.Role;

/** What an administrator types to create an account. */
public class NewAccountForm {
    @NotBlank(message = "{account.form.username.missing}")
    @Pattern(regexp = "^$|[A-Za-z0-9._-]{2,100}", message = "{account.form.username.invalid}")
    private String username = "";
    @NotBlank(message = "{account.form.displayName.missing}")
    @Size(max = 200, message = "{account.form.displayName.tooLong}")
    private String displayName = "";
    @NotNull(message = "{account.form.role.missing}")
    private Role role;
    @NotBlank(message = "{account.form.password.missing}")
    private String password = "";
    /** Chosen only by an administrator of no organisation; null makes the account serve the whole instance. */
    private Long organisationId;
    /** The group an adviser advises: required for an adviser, chosen only by an administrator of no organisation. */
    private Long groupId;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? "" : username.strip(); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName == null ? "" : displayName.strip(); }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password == null ? "" : password; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
}
