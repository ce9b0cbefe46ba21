package org.oversight.account;

/** Refuses a second account with a username already in use. */
public class UsernameTakenException extends RuntimeException {
    public UsernameTakenException(String username) {
        super("An account with the username " + username + " already exists");
    }
}
