package org.oversight.importing;

/** A file that cannot be imported, with the reason in words and where the problem is. */
public class ImportRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String location;

    public ImportRefused(String message, String location) {
        super(message);
        this.location = location;
    }

    public ImportRefused(String message) {
        this(message, null);
    }

    /** Where in the file: "row 12, column Timescale", "table 2", or null for the whole file. */
    public String location() {
        return location;
    }
}
