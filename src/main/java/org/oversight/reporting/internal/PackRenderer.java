package org.oversight.reporting.internal;

import java.nio.charset.StandardCharsets;
import org.oversight.reporting.ReportFormat;
import org.oversight.reporting.ReportPack;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/** Renders one pack model in any format. Every format reads only the model. */
@Component
public class PackRenderer {
    private final HtmlPack html;
    private final PdfPack pdf;
    private final DocxPack docx = new DocxPack();
    private final XlsxPack xlsx = new XlsxPack();

    public PackRenderer(ITemplateEngine templates) {
        this.html = new HtmlPack(templates);
        this.pdf = new PdfPack(html);
    }

    public byte[] render(ReportPack pack, ReportFormat format) {
        return switch (format) {
            case HTML -> html.render(pack, false).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf.render(pack);
            case DOCX -> docx.render(pack);
            case XLSX -> xlsx.render(pack);
        };
    }
}
