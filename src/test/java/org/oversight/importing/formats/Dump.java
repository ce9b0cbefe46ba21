package org.oversight.importing.formats;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.oversight.importing.*;

final class Dump {
    public static void main(String[] args) throws Exception {
        DocumentReader reader = args[0].endsWith("pdf") ? new PdfReader(FormatLimits.defaults()) : new DocxReader(FormatLimits.defaults());
        SourceDocument d = ((FormatReader) reader).parse(Files.readAllBytes(Path.of(args[0])), args[0]);
        for (SourceBlock b : d.blocks()) {
            if (b instanceof SourceText t) System.out.println("TEXT[" + t.headingLevel() + "] " + t.location() + ": " + t.text());
            if (b instanceof SourceTable t) { System.out.println("TABLE " + t.location());
                for (SourceRow r : t.rows()) { System.out.println("  row " + r.number());
                    for (SourceCell c : r.cells()) System.out.println("    " + (c.continuesAbove() ? "^" : "") + c.paragraphs()); } }
        }
        System.exit(0);
    }
}
