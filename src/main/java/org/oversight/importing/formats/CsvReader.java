package org.oversight.importing.formats;

import java.util.List;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.oversight.importing.ImportRefused;
import org.oversight.importing.SourceDocument;
import org.oversight.importing.SourceTable;
import org.springframework.stereotype.Component;

/**
 * CSV: one table ("table 1"), read as RFC 4180 asks (quoted fields may hold the delimiter,
 * doubled quotes and line breaks; a line break inside a field makes a new paragraph). The
 * text is UTF-8, with or without a byte order mark, or else Windows-1252; the delimiter is
 * whichever of tab, semicolon and comma the first lines use most.
 */
@Component
class CsvReader extends FormatReader {
    CsvReader(FormatLimits limits) {
        super(limits, "CSV file");
    }

    @Override
    public boolean reads(String filename, byte[] firstBytes) {
        return FileBytes.hasExtension(filename, "csv") && FileBytes.magic(firstBytes) != FileMagic.PDF
                && FileBytes.magic(firstBytes) != FileMagic.OOXML;
    }

    @Override
    SourceDocument parse(byte[] bytes, String filename) {
        FileMagic magic = FileBytes.magic(bytes);
        if (magic != FileMagic.UNKNOWN && magic != FileMagic.HTML && magic != FileMagic.XML) {
            throw notThisKind(filename, bytes);
        }
        String text = CsvText.decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw notThisKind(filename, bytes);
        }
        SourceTable table = new CsvRecords(text, CsvRecords.delimiterOf(text)).table("table 1");
        if (table.rows().isEmpty()) {
            throw new ImportRefused("This CSV file has no rows.");
        }
        return new SourceDocument(filename, List.of(table));
    }
}
