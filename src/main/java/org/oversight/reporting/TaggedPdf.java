package org.oversight.reporting;

import org.oversight.reporting.internal.PdfPack;

/**
 * Renders a well-formed XHTML document (with its language, title and headings) as a tagged,
 * accessible PDF the way report packs are: Liberation Sans embedded, SVG drawn, PDF/UA tags. Other
 * features' documents (a meeting's agenda pack) use it so that every PDF is made one way.
 */
public final class TaggedPdf {
    private TaggedPdf() {
    }

    public static byte[] fromXhtml(String xhtml) {
        return PdfPack.fromXhtml(xhtml);
    }
}
