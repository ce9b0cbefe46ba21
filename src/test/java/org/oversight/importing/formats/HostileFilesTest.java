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
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb);
             ZipInputStream plan = new ZipInputStream(new ByteArrayInputStream(WordFixtures.mergedPlan()))) {
            for (ZipEntry entry = plan.getNextEntry(); entry != null; entry = plan.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                plan.transferTo(zip);
            }
            zip.putNextEntry(new ZipEntry("word/padding.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bomb.size()).isLessThan(1 << 20);
        assertThatThrownBy(() -> read(docx, bomb.toByteArray(), "bomb.docx")).isInstanceOf(ImportRefused.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void neverResolvesAnExternalEntity(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET-MARKER-7731");
        String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] hostile = rewriteDocumentXml(WordFixtures.mergedPlan(), xml -> xml.replaceFirst("\\?>", "?>" + doctype)
                .replace("Workstream 1: The front door", "Workstream 1: &xxe;"));
        try {
            SourceDocument document = read(docx, hostile, "entity.docx");
            assertThat(document.toString()).doesNotContain("SECRET-MARKER");
        } catch (ImportRefused refused) {
            assertThat(refused.getMessage()).doesNotContain("SECRET-MARKER");
        }
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
        DocxReader impatient = new DocxReader(new FormatLimits(null, null, Duration.ofMillis(1)));
        assertThatThrownBy(() -> read(impatient, WordFixtures.mergedPlan(), "plan.docx")).isInstanceOf(ImportRefused.class)
                .hasMessageContaining("took longer than");
    }

    private static byte[] rewriteDocumentXml(byte[] docx, java.util.function.UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out);
             ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.write(content);
            }
        }
        return out.toByteArray();
    }
}
