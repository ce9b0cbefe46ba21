package org.oversight.account;

/** Refuses a password that breaks {@link PasswordRules}; the message code says which rule. */
public class WeakPasswordException extends IllegalArgumentException {
    private final String messageCode;

    public WeakPasswordException(String messageCode) {
        super("The password breaks the password rules: " + messageCode);
        this.messageCode = messageCode;
    }

    public String messageCode() { return messageCode; }
}
