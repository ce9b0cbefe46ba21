package org.oversight.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.importing.formats.Reading.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.importing.ImportRefused;
import org.oversight.importing.SourceDocument;
import org.springframework.util.unit.DataSize;

class HostileFilesTest {
    private final DocxReader docx = new DocxReader(FormatLimits.defaults());
    private final XlsxReader xlsx = new XlsxReader(FormatLimits.defaults());

    @Test
    void readsNoFurtherThanTheSizeLimit() {
        FormatLimits small = new FormatLimits(DataSize.ofKilobytes(100), null, null);
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'a';
            }
        };
        assertThatThrownBy(() -> new CsvReader(small).read(endless, "huge.csv")).isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("This file is larger than 100 KB");
        assertThat(served[0]).isLessThanOrEqualTo(100 * 1024 + 64 * 1024);
    }

    @Test
    void refusesAZipBomb() throws IOException {
        byte[] bomb = withPadding(WordFixtures.mergedPlan(), "word/padding.xml");
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThatThrownBy(() -> read(docx, bomb, "bomb.docx")).isInstanceOf(ImportRefused.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void refusesAZipBombWorkbook() throws IOException {
        byte[] bomb = withPadding(SheetFixtures.twoSheets(), "xl/worksheets/sheet1.xml");
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThatThrownBy(() -> read(xlsx, bomb, "bomb.xlsx")).isInstanceOf(ImportRefused.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void neverResolvesAnExternalEntityInAWorkbook(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET-MARKER-4410");
        String doctype = "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] hostile = rewrite(SheetFixtures.twoSheets(), "xl/sharedStrings.xml", xml -> xml.replaceFirst("\\?>", "?>" + doctype)
                .replaceFirst("<t>", "<t>&xxe;"));
        assertNeverShows("SECRET-MARKER", xlsx, hostile, "entity.xlsx");
    }

    @Test
    void refusesAWorkbookNamedLikeAWordDocumentAndTheOtherWayRound() throws IOException {
        assertThatThrownBy(() -> read(docx, SheetFixtures.twoSheets(), "plan.docx")).isInstanceOf(ImportRefused.class)
                .hasMessage("\"plan.docx\" is named like a Word document but its content looks like an Excel workbook. "
                        + "Save it again as a Word document, or give it the right file extension.");
        assertThatThrownBy(() -> read(xlsx, WordFixtures.mergedPlan(), "plan.xlsx")).isInstanceOf(ImportRefused.class)
                .hasMessage("\"plan.xlsx\" is named like an Excel workbook but its content looks like a Word document. "
                        + "Save it again as an Excel workbook, or give it the right file extension.");
    }

    @Test
    void leavesOfficeFilesNamedCsvToNoReaderAndRefusesAPictureNamedCsv() {
        CsvReader csv = new CsvReader(FormatLimits.defaults());
        assertThat(csv.reads("plan.csv", WordFixtures.mergedPlan())).isFalse();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> read(csv, png, "plan.csv")).isInstanceOf(ImportRefused.class)
                .hasMessageContaining("its content looks like a picture");
    }

    /** Reading the file either gives a document or refuses it; neither shows the secret. */
    private static void assertNeverShows(String secret, FormatReader reader, byte[] hostile, String name) {
        try {
            assertThat(read(reader, hostile, name).toString()).doesNotContain(secret);
        } catch (ImportRefused refused) {
            assertThat(refused.getMessage()).doesNotContain(secret);
        }
    }

    private static byte[] withPadding(byte[] office, String entryName) throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb);
             ZipInputStream plan = new ZipInputStream(new ByteArrayInputStream(office))) {
            for (ZipEntry entry = plan.getNextEntry(); entry != null; entry = plan.getNextEntry()) {
                if (entry.getName().equals(entryName)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                plan.transferTo(zip);
            }
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write("<?xml version=\"1.0\"?><worksheet>".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
        }
        return bomb.toByteArray();
    }

    @Test
    void neverResolvesAnExternalEntity(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET-MARKER-7731");
        String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] hostile = rewrite(WordFixtures.mergedPlan(), "word/document.xml", xml -> xml.replaceFirst("\\?>", "?>" + doctype)
                .replace("Workstream 1: The front door", "Workstream 1: &xxe;"));
        assertNeverShows("SECRET-MARKER", docx, hostile, "entity.docx");
    }

    @Test
    void refusesJunkWithAClearMessage() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[0] = 1;
        assertThatThrownBy(() -> read(docx, junk, "plan.docx")).isInstanceOf(ImportRefused.class).hasMessage(
                "\"plan.docx\" is named like a Word document but its content looks like unrecognised binary data. "
                        + "Save it again as a Word document, or give it the right file extension.");
        assertThatThrownBy(() -> read(new XlsxReader(FormatLimits.defaults()), "just words".getBytes(StandardCharsets.UTF_8),
                "plan.xlsx")).hasMessageContaining("looks like plain text");
    }

    @Test
    void leavesAPdfNamedDocxToThePdfReader() throws IOException {
        byte[] pdf = PdfReaderTest.fixture();
        assertThat(docx.reads("plan.docx", pdf)).isFalse();
        assertThat(new PdfReader(FormatLimits.defaults()).reads("plan.docx", pdf)).isTrue();
    }

    @Test
    void refusesAPasswordProtectedWordDocument() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("board-only");
        try (OPCPackage plan = OPCPackage.open(new ByteArrayInputStream(WordFixtures.mergedPlan()));
             OutputStream out = encryptor.getDataStream(fs)) {
            plan.save(out);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        assertThatThrownBy(() -> read(docx, encrypted.toByteArray(), "locked.docx")).isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("This file is protected with a password.");
    }

    @Test
    void stopsAReadingThatTakesTooLong() {
        // A limit below a millisecond is no wait at all: a warm reader can read a small plan
        // within one millisecond, so any real limit would make this test depend on the machine.
        DocxReader impatient = new DocxReader(new FormatLimits(null, null, Duration.ofNanos(1)));
        assertThatThrownBy(() -> read(impatient, WordFixtures.mergedPlan(), "plan.docx")).isInstanceOf(ImportRefused.class)
                .hasMessageContaining("took longer than");
    }

    private static byte[] rewrite(byte[] office, String part, java.util.function.UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out);
             ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(office))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.write(content);
            }
        }
        return out.toByteArray();
    }
}
