package org.oversight.sharing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /overview}: how every council's shared plan stands, side by side, as at any date, for
 * the advisers of a group and the people of its member councils; with CSV and Excel of the same
 * rows. Someone who sees no group sees a page that says so.
 */
@Controller
class OverviewPages {
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final GroupReaders readers;
    private final Overview overview;
    private final Clock clock;
    private final MessageSource messages;
    /**
     * The rows and chart as last written for the same rows, date and group: a third of the page's
     * cost at 153 councils. Kept by everything they show, so never out of date; a few dozen pages.
     */
    private final Cache<Written, Html> written = Caffeine.newBuilder().maximumWeight(16_000_000)
            .weigher((Written w, Html h) -> h.rows().length() + h.chart().length()).build();

    OverviewPages(GroupReaders readers, Overview overview, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.readers = readers;
        this.overview = overview;
        this.clock = clock;
    }

    /** What one request asks for: the group, the date, the region and the order. */
    private record Query(SharingGroup group, LocalDate asAt, String region, Overview.OverviewSort sort) {
        List<OverviewRow> rows(Overview overview) {
            return group == null ? List.of() : overview.rows(group, asAt, region, sort);
        }
    }

    private Query query(Authentication auth, Long group, LocalDate asAt, String region, String sort) {
        return query(readers.groupsOf(auth), group, asAt, region, sort);
    }

    private Query query(List<SharingGroup> groups, Long group, LocalDate asAt, String region, String sort) {
        SharingGroup chosen = groups.stream().filter(g -> g.getId().equals(group)).findFirst()
                .orElse(groups.isEmpty() ? null : groups.get(0));
        return new Query(chosen, asAt == null ? LocalDate.now(clock) : asAt, region == null || region.isBlank() ? null
                : region, Overview.OverviewSort.named(sort));
    }

    @GetMapping("/overview")
    String page(Authentication auth, @RequestParam(required = false) Long group,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
                @RequestParam(required = false) String region, @RequestParam(required = false) String sort,
                HttpServletRequest request, Locale locale, Model model) {
        List<SharingGroup> groups = readers.groupsOf(auth);
        Query q = query(groups, group, asAt, region, sort);
        Overview.View view = q.group() == null ? new Overview.View(List.of(), List.of())
                : overview.view(q.group(), q.asAt(), q.region(), q.sort());
        List<OverviewRow> rows = view.rows();
        model.addAttribute("groups", groups);
        model.addAttribute("group", q.group());
        model.addAttribute("asAt", q.asAt());
        model.addAttribute("region", q.region());
        model.addAttribute("sort", q.sort().name().toLowerCase().replace('_', '-'));
        model.addAttribute("sorts", Overview.OverviewSort.values());
        model.addAttribute("regions", view.regions());
        model.addAttribute("rows", rows);
        if (q.group() != null && !rows.isEmpty()) {
            Html html = written.get(new Written(rows, q.asAt(), q.group().getName(), request.getContextPath(), locale),
                    this::write);
            model.addAttribute("rowsHtml", html.rows());
            model.addAttribute("chart", html.chart());
        }
        return "sharing/overview";
    }

    /** What the table's rows and the chart are written from: every word and figure they show. */
    private record Written(List<OverviewRow> rows, LocalDate asAt, String group, String contextPath, Locale locale) {
    }

    private record Html(String rows, String chart) {
    }

    private Html write(Written w) {
        return new Html(OverviewTable.rows(w.rows(), w.asAt(), w.contextPath(), messages, w.locale()),
                RagMixChart.of(w.rows(), "RAG mix of actions by council, as at " + w.asAt(), "For each council with a plan shared with "
                        + w.group() + ", a bar divided by the number of its actions at each colour. The table below gives the same figures."));
    }

    @GetMapping("/overview.csv")
    ResponseEntity<byte[]> csv(Authentication auth, @RequestParam(required = false) Long group,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
                               @RequestParam(required = false) String region, @RequestParam(required = false) String sort) {
        Query q = query(auth, group, asAt, region, sort);
        return download(OverviewFiles.csv(q.rows(overview), q.asAt()).getBytes(StandardCharsets.UTF_8),
                "overview-" + q.asAt() + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/overview.xlsx")
    ResponseEntity<byte[]> xlsx(Authentication auth, @RequestParam(required = false) Long group,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
                                @RequestParam(required = false) String region, @RequestParam(required = false) String sort) {
        Query q = query(auth, group, asAt, region, sort);
        return download(OverviewFiles.xlsx(q.rows(overview), q.asAt()), "overview-" + q.asAt() + ".xlsx", XLSX);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
