package org.oversight.governance;

/**
 * The minutes import form: the minutes as text (pasted, or read from the uploaded file and
 * carried from the preview to the confirmation), and the board and date when the minutes do
 * not give them.
 */
public class MinutesImportForm {
    private String text;
    private String board;
    private String date;

    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getBoard() { return board; }
    public void setBoard(String v) { board = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
}
