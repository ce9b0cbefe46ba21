package org.oversight.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;

/** The text a reader finds in each format, for checking that the formats agree. */
final class PackText {
    private PackText() {
    }

    static String of(ReportFormat format, byte[] bytes) throws IOException {
        return switch (format) {
            case HTML -> Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).text();
            case PDF -> {
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    yield new PDFTextStripper().getText(doc);
                }
            }
            case DOCX -> {
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                     XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                    yield text.getText();
                }
            }
            case XLSX -> {
                StringBuilder text = new StringBuilder();
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    for (Sheet sheet : book) {
                        for (Row row : sheet) {
                            for (Cell cell : row) {
                                text.append(cell.toString()).append('\t');
                            }
                            text.append('\n');
                        }
                    }
                }
                yield text.toString();
            }
        };
    }
}
