package org.oversight.importing.formats;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.oversight.importing.SourceBlock;
import org.oversight.importing.SourceDocument;
import org.oversight.importing.SourceTable;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Excel (.xlsx), read as a stream of rows so a large sheet never sits in memory as a whole
 * workbook: each sheet with anything in it becomes one table located "sheet NAME". Cells read
 * as Excel displays them, dates as dd/MM/yyyy; line breaks inside a cell make paragraphs;
 * merged regions are handled by {@link SheetRows}. Finding the header row is left to the
 * understanding step.
 */
@Component
class XlsxReader extends FormatReader {
    /** Most cells read from one workbook, blank ones included. */
    static final int MAX_CELLS = 2_000_000;

    XlsxReader(FormatLimits limits) {
        super(limits, "Excel workbook");
    }

    @Override
    public boolean reads(String filename, byte[] firstBytes) {
        return FileBytes.hasExtension(filename, "xlsx", "xlsm", "xltx")
                && FileBytes.magic(firstBytes) != FileMagic.PDF;
    }

    @Override
    SourceDocument parse(byte[] bytes, String filename) throws Exception {
        OfficeFiles.requireOpenXml(bytes, filename, "Excel", "xlsx", this);
        OfficeFiles.applyZipLimits(limits);
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<SourceBlock> tables = new ArrayList<>();
            int cells = 0;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    SheetRows rows = new SheetRows(MAX_CELLS - cells, styles);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(rows.watching(
                            new XSSFSheetXMLHandler(styles, null, strings, rows, new DisplayedValues(), false)));
                    parser.parse(new InputSource(sheet));
                    SourceTable table = rows.table("sheet " + sheets.getSheetName());
                    cells += rows.cellCount();
                    if (!table.rows().isEmpty()) {
                        tables.add(table);
                    }
                }
            }
            return new SourceDocument(filename, tables);
        }
    }
}
