package org.oversight.sharing;

/** A share or withdrawal that is not allowed; the message is the key of the words shown. */
public class SharingRefused extends RuntimeException {
    public SharingRefused(String messageKey) {
        super(messageKey);
    }
}
