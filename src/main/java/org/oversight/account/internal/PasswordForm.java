package org.oversight.account.internal;

/** What a signed-in person types to change their own password. Never shown back. */
public class PasswordForm {
    private String currentPassword = "";
    private String newPassword = "";
    private String confirmPassword = "";

    public String getCurrentPassword() { return ""; }
    public void setCurrentPassword(String value) { this.currentPassword = value == null ? "" : value; }
    public String getNewPassword() { return ""; }
    public void setNewPassword(String value) { this.newPassword = value == null ? "" : value; }
    public String getConfirmPassword() { return ""; }
    public void setConfirmPassword(String value) { this.confirmPassword = value == null ? "" : value; }

    String currentPassword() { return currentPassword; }
    String newPassword() { return newPassword; }
    String confirmPassword() { return confirmPassword; }
}
