package org.oversight.reporting;

import org.oversight.plan.RagColour;

/**
 * A RAG colour as a pack shows it: the colour's name, its word and a symbol, so that colour is
 * never the only cue. The symbols are ones every embedded font of the PDF can draw.
 */
public record RagMark(String colour, String label, String symbol) {

    public static RagMark of(RagColour colour) {
        if (colour == null) {
            return new RagMark("NONE", "No status", "-");
        }
        String symbol = switch (colour) {
            case RED -> "\u25B2";
            case AMBER -> "\u25CA";
            case GREEN -> "\u25CF";
            case YELLOW, BLUE -> "\u25A0";
        };
        return new RagMark(colour.name(), colour.label(), symbol);
    }

    /** "▲ Red": the symbol and the word, as every format prints a status. */
    public String inWords() {
        return symbol + " " + label;
    }
}
