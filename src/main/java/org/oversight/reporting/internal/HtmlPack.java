package org.oversight.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.reporting.IndicatorRow;
import org.oversight.reporting.ReportPack;
import org.oversight.reporting.ReportPack.ChangesSince;
import org.oversight.reporting.ReportPack.TallyRow;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The pack as one standalone XHTML document: the HTML format, the preview, and the source of the PDF. */
public final class HtmlPack {
    private static final String CSS = read("/reporting/pack.css");
    private final ITemplateEngine templates;

    public HtmlPack(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** A bar and its chart, for the summary table. */
    public record ChartedRow(TallyRow row, String svg) {
    }

    public String render(ReportPack pack, boolean pdf) {
        Context context = new Context(java.util.Locale.UK);
        context.setVariable("pack", pack);
        context.setVariable("pdf", pdf);
        context.setVariable("css", CSS);
        context.setVariable("fmt", new PackWords());
        context.setVariable("title", PackWords.title(pack.cover()));
        context.setVariable("kinds", ChangesSince.KINDS);
        List<ChartedRow> rows = new ArrayList<>();
        rows.add(new ChartedRow(pack.summary().overall(), PackCharts.bar(pack.summary().colours(), pack.summary().overall(), pdf)));
        pack.summary().byWorkstream().forEach(r -> rows.add(new ChartedRow(r, PackCharts.bar(pack.summary().colours(), r, pdf))));
        context.setVariable("rowsWithCharts", rows);
        Map<String, String> trends = new LinkedHashMap<>();
        for (IndicatorRow i : pack.indicators()) {
            if (i.trendSvg() != null) {
                String label = PackCharts.escape(i.trendAlt());
                trends.put(i.code(), i.trendSvg().replaceFirst("<svg", pdf ? "<svg alt=\"" + label + "\""
                        : "<svg role=\"img\" aria-label=\"" + label + "\""));
            }
        }
        context.setVariable("trends", trends);
        context.setVariable("actionGroups", PackGroups.byWorkstream(pack));
        return templates.process("reporting/pack", context);
    }

    private static String read(String resource) {
        try (InputStream in = HtmlPack.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
