package org.oversight.importing.formats;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the layout corpus: for each hand-written {@code NN-name.json} under
 * {@code src/test/resources/corpus/}, the plan it describes laid out as its "layout" says, as a
 * Word document (real vertical merges, spans, shading, repeated header rows, landscape pages,
 * tables with no borders)
 * and as the text a person gets by copying that table (cells split by tabs, a cell's paragraphs
 * by two spaces, merged cells empty, headings inside the table on lines of their own). The PDFs
 * are made from the Word files by {@code scripts/corpus.sh}. Run through that script.
 */
public final class CorpusWriter {
    private CorpusWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode plan = json.readTree(file.toFile());
                String base = file.getFileName().toString().replace(".json", "");
                Grid grid = Grid.of(plan);
                Files.write(folder.resolve(base + ".docx"), docx(plan, grid));
                Files.writeString(folder.resolve(base + ".txt"), text(plan, grid));
            }
        }
    }

    /** One cell to lay out: its paragraphs, how it merges, its shading, how many columns it spans. */
    record Cell(List<String> paragraphs, boolean continues, boolean starts, String fill, int span) {
        static Cell of(String text) {
            return new Cell(text == null || text.isEmpty() ? List.of() : List.of(text.split("\n")), false, false, null, 1);
        }
    }

    /** The rows to write: the header, then the rows of each recommendation, with their kind. */
    record Row(String kind, List<Cell> cells) {
    }

    record Grid(List<Row> rows, int width) {
        static Grid of(JsonNode plan) {
            JsonNode layout = plan.get("layout");
            List<String> roles = strings(layout.get("columns"));
            List<String> header = strings(layout.get("header"));
            String merge = text(layout, "merge", "vertical");
            String rag = text(layout, "rag", "word");
            boolean numberInText = layout.path("numberInText").asBoolean(false);
            boolean together = layout.path("actionsInOneRow").asBoolean(false);
            int headerAgainAfter = layout.path("headerAgainAfter").asInt(0);
            List<Row> rows = new ArrayList<>();
            List<Cell> headerCells = new ArrayList<>(header.stream().map(Cell::of).toList());
            if (layout.path("headerSpan").asBoolean(false)) {
                headerCells.set(0, new Cell(headerCells.get(0).paragraphs(), false, false, null, 2));
                headerCells.remove(1);
            }
            rows.add(new Row("header", headerCells));
            String section = null;
            int written = 0;
            for (JsonNode rec : plan.get("recommendations")) {
                if (rec.has("section") && !rec.get("section").asString().equals(section)) {
                    section = rec.get("section").asString();
                    rows.add(new Row("banner", List.of(new Cell(List.of(section.split("\n")), false, false, null, roles.size()))));
                }
                List<JsonNode> actions = new ArrayList<>();
                rec.path("actions").forEach(actions::add);
                List<List<JsonNode>> groups = new ArrayList<>();
                if (together && !actions.isEmpty()) {
                    groups.add(actions);
                } else if (actions.isEmpty()) {
                    groups.add(List.of());
                } else {
                    actions.forEach(a -> groups.add(List.of(a)));
                }
                for (int g = 0; g < groups.size(); g++) {
                    if (headerAgainAfter > 0 && written > 0 && written % headerAgainAfter == 0) {
                        rows.add(new Row("header-again", headerCells));
                    }
                    written++;
                    boolean first = g == 0;
                    boolean lastOfRec = g == groups.size() - 1;
                    List<JsonNode> group = groups.get(g);
                    List<Cell> cells = new ArrayList<>();
                    for (String role : roles) {
                        cells.add(cell(role, rec, group, first, lastOfRec, groups.size(), merge, rag, numberInText, layout));
                    }
                    rows.add(new Row("action", cells));
                }
            }
            return new Grid(rows, roles.size());
        }

        private static Cell cell(String role, JsonNode rec, List<JsonNode> group, boolean first, boolean last, int rows,
                                 String merge, String rag, boolean numberInText, JsonNode layout) {
            String label = rec.get("label").asString();
            String recText = (numberInText ? label + " " : "") + rec.get("text").asString();
            switch (role) {
                case "number", "recommendation" -> {
                    String value = role.equals("number") ? label : recText;
                    if (first || merge.equals("repeat")) {
                        return new Cell(List.of(value.split("\n")), false, merge.equals("vertical") && rows > 1, null, 1);
                    }
                    return merge.equals("vertical") ? new Cell(List.of(), true, false, null, 1) : Cell.of("");
                }
                case "blank" -> {
                    return Cell.of("");
                }
                case "notes" -> {
                    return Cell.of(first ? rec.path("notes").asString("") : "");
                }
                default -> {
                    List<String> values = new ArrayList<>();
                    String fill = null;
                    for (JsonNode a : group) {
                        String field = role.equals("action") ? "text" : role.equals("rag") && rag.equals("status") ? "status" : role;
                        if (role.equals("rag") && rag.equals("shading") || role.equals("progress") && rag.equals("progress-shading")) {
                            fill = a.hasNonNull("rag") ? fill(layout, a.get("rag").asString()) : null;
                        }
                        if (role.equals("rag") && !rag.equals("word") && !rag.equals("status")) {
                            continue;
                        }
                        if (a.hasNonNull(field)) {
                            values.add(a.get(field).asString());
                        }
                    }
                    return new Cell(values.stream().flatMap(v -> Stream.of(v.split("\n"))).toList(), false, false, fill, 1);
                }
            }
        }
    }

    /** The shade of a colour: the legend's own where it gives one, else a common Word shade. */
    static String fill(JsonNode layout, String colour) {
        for (JsonNode entry : layout.path("legend").path("entries")) {
            if (entry.get("colour").asString().equals(colour) && entry.hasNonNull("fill")) {
                return entry.get("fill").asString();
            }
        }
        return FILLS.get(colour);
    }

    /** The legend's lines as text: "Red - meaning". */
    private static List<String> legendLines(JsonNode legend) {
        List<String> lines = new ArrayList<>();
        legend.path("entries").forEach(e -> lines.add(word(e) + " - " + e.get("meaning").asString()));
        return lines;
    }

    private static String word(JsonNode entry) {
        String c = entry.get("colour").asString();
        return c.charAt(0) + c.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The legend as its "style" lays it out: "columns" (a row of colour words over a row of
     * meanings), "rows" (colour word and meaning on each row), "shaded" (a "Key" cell and a row
     * of cells holding only meanings, each shaded in its colour), "lines" (a paragraph a colour)
     * or "paragraph" ("Key: Red - ...; Amber - ..."). Colour word cells are shaded too.
     */
    private static void legend(XWPFDocument document, JsonNode legend) {
        String style = legend.path("style").asString("columns");
        List<JsonNode> entries = new ArrayList<>();
        legend.path("entries").forEach(entries::add);
        switch (style) {
            case "lines" -> legendLines(legend).forEach(l -> WordFixtures.paragraph(document, null, false, l));
            case "paragraph" -> WordFixtures.paragraph(document, null, false, "Key: " + String.join("; ", legendLines(legend)));
            default -> {
                boolean rows = style.equals("rows");
                boolean shaded = style.equals("shaded");
                XWPFTable table = document.createTable(rows ? entries.size() : shaded ? 1 : 2, rows ? 2 : entries.size() + (shaded ? 1 : 0));
                for (int i = 0; i < entries.size(); i++) {
                    JsonNode e = entries.get(i);
                    String shade = e.hasNonNull("fill") ? e.get("fill").asString() : FILLS.get(e.get("colour").asString());
                    if (rows) {
                        write(table.getRow(i).getCell(0), new Cell(List.of(word(e)), false, false, shade, 1), true);
                        write(table.getRow(i).getCell(1), Cell.of(e.get("meaning").asString()), false);
                    } else if (shaded) {
                        write(table.getRow(0).getCell(i + 1), new Cell(List.of(e.get("meaning").asString()), false, false, shade, 1), false);
                    } else {
                        write(table.getRow(0).getCell(i), new Cell(List.of(word(e)), false, false, shade, 1), true);
                        write(table.getRow(1).getCell(i), Cell.of(e.get("meaning").asString()), false);
                    }
                }
                if (shaded) {
                    write(table.getRow(0).getCell(0), Cell.of("Key"), true);
                }
            }
        }
        WordFixtures.paragraph(document, null, false, "The actions and their progress follow.");
    }

    private static String legendText(JsonNode legend) {
        String style = legend.path("style").asString("columns");
        List<JsonNode> entries = new ArrayList<>();
        legend.path("entries").forEach(entries::add);
        StringBuilder s = new StringBuilder();
        switch (style) {
            case "lines" -> legendLines(legend).forEach(l -> s.append(l).append('\n'));
            case "paragraph" -> s.append("Key: ").append(String.join("; ", legendLines(legend))).append('\n');
            case "rows" -> entries.forEach(e -> s.append(word(e)).append('\t').append(e.get("meaning").asString()).append('\n'));
            case "shaded" -> s.append("Key\t").append(String.join("\t", entries.stream().map(e -> e.get("meaning").asString()).toList())).append('\n');
            default -> s.append(String.join("\t", entries.stream().map(CorpusWriter::word).toList())).append('\n')
                    .append(String.join("\t", entries.stream().map(e -> e.get("meaning").asString()).toList())).append('\n');
        }
        return s.append("The actions and their progress follow.\n").toString();
    }

    private static final java.util.Map<String, String> FILLS = java.util.Map.of("RED", "FF0000", "AMBER", "FFC000",
            "GREEN", "00B050", "BLUE", "0070C0");

    static byte[] docx(JsonNode plan, Grid grid) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            WordFixtures.headingStyles(document);
            JsonNode layout = plan.get("layout");
            WordFixtures.paragraph(document, "Heading1", false, plan.get("title").asString());
            for (JsonNode p : plan.path("intro")) {
                WordFixtures.paragraph(document, null, false, p.asString());
            }
            if (layout.has("legend")) {
                legend(document, layout.get("legend"));
            }
            XWPFTable table = document.createTable(grid.rows().size(), grid.width());
            if (layout.path("borders").asString("ruled").equals("none")) {
                table.removeBorders();
            }
            List<Integer> widths = widths(layout, grid.width());
            var tableProperties = table.getCTTbl().getTblPr();
            tableProperties.addNewTblLayout().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
            var tableWidth = tableProperties.isSetTblW() ? tableProperties.getTblW() : tableProperties.addNewTblW();
            tableWidth.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
            tableWidth.setW(BigInteger.valueOf(widths.stream().mapToInt(i -> i).sum()));
            var tableGrid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
            while (tableGrid.sizeOfGridColArray() > 0) {
                tableGrid.removeGridCol(0);
            }
            widths.forEach(w -> tableGrid.addNewGridCol().setW(BigInteger.valueOf(w)));
            for (int r = 0; r < grid.rows().size(); r++) {
                Row row = grid.rows().get(r);
                XWPFTableRow out = table.getRow(r);
                if (!layout.path("rowsMaySplit").asBoolean(false)) {
                    out.setCantSplitRow(true);
                }
                if (row.kind().equals("header") && layout.path("repeatHeader").asBoolean(true)) {
                    out.setRepeatHeader(true);
                }
                for (int i = grid.width() - 1; i >= row.cells().size(); i--) {
                    out.removeCell(i);
                }
                int column = 0;
                for (int c = 0; c < row.cells().size(); c++) {
                    Cell cell = row.cells().get(c);
                    write(out.getCell(c), cell, row.kind().startsWith("header") || row.kind().equals("banner"));
                    out.getCell(c).setWidth(String.valueOf(widths.subList(column, column + cell.span()).stream().mapToInt(i -> i).sum()));
                    column += cell.span();
                }
                if (row.kind().equals("header-again")) {
                    out.getCell(0).getParagraphs().get(0).setPageBreak(true);
                }
            }
            for (JsonNode p : plan.path("after")) {
                WordFixtures.paragraph(document, null, false, p.asString());
            }
            CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                    : document.getDocument().getBody().addNewSectPr();
            var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            for (var side : List.of("top", "bottom", "left", "right")) {
                BigInteger twips = BigInteger.valueOf(720);
                switch (side) {
                    case "top" -> margins.setTop(twips);
                    case "bottom" -> margins.setBottom(twips);
                    case "left" -> margins.setLeft(twips);
                    default -> margins.setRight(twips);
                }
            }
            CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            if (layout.path("landscape").asBoolean(false)) {
                size.setOrient(STPageOrientation.LANDSCAPE);
                size.setW(BigInteger.valueOf(16838));
                size.setH(BigInteger.valueOf(11906));
            }
            return WordFixtures.bytes(document);
        }
    }

    private static List<Integer> widths(JsonNode layout, int columns) {
        int total = layout.path("landscape").asBoolean(false) ? 15300 : 10400;
        List<String> roles = strings(layout.get("columns"));
        List<Integer> weights = roles.stream().map(r -> switch (r) {
            case "number" -> 2;
            case "rag", "blank" -> 2;
            case "recommendation", "action", "progress" -> 8;
            case "timescale" -> 5;
            default -> 7;
        }).toList();
        int sum = weights.stream().mapToInt(i -> i).sum();
        return weights.stream().map(w -> total * w / sum).toList();
    }

    private static void write(XWPFTableCell cell, Cell content, boolean bold) {
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (content.span() > 1) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(content.span()));
        }
        if (content.starts()) {
            properties.addNewVMerge().setVal(STMerge.RESTART);
        } else if (content.continues()) {
            properties.addNewVMerge().setVal(STMerge.CONTINUE);
        }
        if (content.fill() != null) {
            var shd = properties.addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(content.fill());
        }
        List<String> paragraphs = content.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            var paragraph = p == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.setSpacingAfter(paragraphs.size() > 1 ? 120 : 0);
            var run = paragraph.createRun();
            run.setText(paragraphs.get(p));
            run.setBold(bold);
            run.setFontSize(9);
        }
    }

    static String text(JsonNode plan, Grid grid) {
        StringBuilder s = new StringBuilder(plan.get("title").asString()).append('\n');
        plan.path("intro").forEach(p -> s.append(p.asString()).append('\n'));
        if (plan.get("layout").has("legend")) {
            s.append(legendText(plan.get("layout").get("legend")));
        }
        for (Row row : grid.rows()) {
            if (row.kind().equals("banner")) {
                row.cells().get(0).paragraphs().forEach(p -> s.append(p).append('\n'));
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Cell c : row.cells()) {
                cells.add(c.continues() ? "" : String.join("  ", c.paragraphs()));
                for (int i = 1; i < c.span(); i++) {
                    cells.add("");
                }
            }
            s.append(String.join("\t", cells)).append('\n');
        }
        plan.path("after").forEach(p -> s.append(p.asString()).append('\n'));
        return s.toString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static String text(JsonNode node, String field, String otherwise) {
        return node.hasNonNull(field) ? node.get(field).asString() : otherwise;
    }
}
