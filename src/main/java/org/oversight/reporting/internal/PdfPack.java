package org.oversight.reporting.internal;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.oversight.reporting.ReportPack;

/**
 * The pack as a tagged, accessible PDF (PDF/UA): rendered from the same XHTML as the HTML
 * format, with Liberation Sans embedded from the classpath (never the machine's fonts; see
 * {@link PackFonts}), the language and title from the document, charts as SVG with their
 * alternative text.
 */
public final class PdfPack {
    private static final String FAMILY = "Liberation Sans";
    /** The fonts' metrics, read once for every PDF the application makes (the fonts never change). */
    private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();
    private final HtmlPack html;

    public PdfPack(HtmlPack html) {
        this.html = html;
    }

    public byte[] render(ReportPack pack) {
        return fromXhtml(html.render(pack, true));
    }

    /** Any well-formed XHTML document as a tagged PDF with the packs' embedded fonts. */
    public static byte[] fromXhtml(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        // the pages' content streams wait in a temporary file, not the heap, until the document is written
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
            builder.useUnicodeLineBreaker(new PackLineBreaker());
            builder.usePdfUaAccessibility(true);
            font(builder, PackFonts.REGULAR, 400, FontStyle.NORMAL);
            font(builder, PackFonts.BOLD, 700, FontStyle.NORMAL);
            font(builder, PackFonts.ITALIC, 400, FontStyle.ITALIC);
            font(builder, PackFonts.BOLD_ITALIC, 700, FontStyle.ITALIC);
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        byte[] bytes = PackFonts.bytes(file);
        builder.useFont(() -> new ByteArrayInputStream(bytes), FAMILY, weight, style, true);
    }
}
