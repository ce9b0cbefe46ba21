package org.oversight.importing.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.oversight.importing.ImportRefused;
import org.oversight.importing.SourceBlock;
import org.oversight.importing.SourceDocument;
import org.oversight.importing.SourceText;
import org.springframework.stereotype.Component;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.Table;

/**
 * PDF with a text layer (committee papers saved from Word): on each page, the tables tabula
 * finds ({@link PdfTables}), or on a page with no ruled table the table read from where its
 * words stand ({@link PdfUnruled}), and the lines of text outside them ({@link PdfLines}), in order
 * down the page, located "page N". Each page's content is parsed once, by tabula; its text
 * serves the tables, the lines between them and the check for a text layer. A scanned PDF
 * with no text is refused.
 */
@Component
class PdfReader extends FormatReader {
    static final int MAX_PAGES = 500;
    private static final int MIN_TEXT_PER_PAGE = 20;

    PdfReader(FormatLimits limits) {
        super(limits, "PDF");
    }

    @Override
    public boolean reads(String filename, byte[] firstBytes) {
        return FileBytes.hasExtension(filename, "pdf") || FileBytes.magic(firstBytes) == FileMagic.PDF;
    }

    @Override
    SourceDocument parse(byte[] bytes, String filename) throws Exception {
        if (FileBytes.magic(bytes) != FileMagic.PDF) {
            throw notThisKind(filename, bytes);
        }
        try (PDDocument pdf = load(bytes)) {
            int pages = pdf.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new ImportRefused("This PDF has " + pages + " pages; Oversight reads at most " + MAX_PAGES + ".");
            }
            List<SourceBlock> blocks = new ArrayList<>();
            ObjectExtractor extractor = new ObjectExtractor(pdf);
            int characters = 0;
            for (int number = 1; number <= pages; number++) {
                Page page = extractor.extract(number);
                characters += PdfLines.characters(page);
                blocks.addAll(page(page, number, pdf));
            }
            if (characters < Math.min(MIN_TEXT_PER_PAGE * pages, 200)) {
                throw new ImportRefused("This PDF has no text layer: it is probably a scan or a picture of the pages. "
                        + "Upload the Word or Excel original, or run the PDF through text recognition (OCR) first.");
            }
            return new SourceDocument(filename, blocks);
        }
    }

    private static PDDocument load(byte[] bytes) throws Exception {
        try {
            return Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(256L << 20).streamCache);
        } catch (InvalidPasswordException e) {
            throw new ImportRefused("This PDF is protected with a password. Save a copy without the password and upload that.");
        }
    }

    private static List<SourceBlock> page(Page page, int number, PDDocument pdf) {
        String location = "page " + number;
        List<Table> tables = PdfTables.find(page);
        PdfFills fills = tables.isEmpty() ? PdfFills.none() : PdfFills.of(pdf.getPage(number - 1));
        record Placed(double top, SourceBlock block) {
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            String name = tables.size() == 1 ? location : location + ", table " + (i + 1);
            placed.add(new Placed(table.getTop(), PdfTables.source(table, name, fills)));
        }
        List<java.awt.geom.Rectangle2D> areas = new ArrayList<>(tables);
        if (tables.isEmpty()) {
            PdfUnruled.find(page, location).ifPresent(found -> {
                placed.add(new Placed(found.area().getTop(), found.table()));
                areas.add(found.area());
            });
        }
        for (PdfLines.Line line : PdfLines.outside(page, areas)) {
            placed.add(new Placed(line.top(), new SourceText(line.text(), line.headingLevel(), location)));
        }
        placed.sort(Comparator.comparingDouble(Placed::top));
        return placed.stream().map(Placed::block).toList();
    }
}
