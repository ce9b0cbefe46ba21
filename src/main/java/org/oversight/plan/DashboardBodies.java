package org.oversight.plan;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * A plan dashboard's body (everything below its success notice), rendered once and kept for the
 * next reader. Assessing 300 actions twice and writing the page is most of a dashboard's cost,
 * and a plan is read far more often than it changes. The key holds everything the body depends
 * on: the plan's {@link ActionPlan#getRevision() revision}, read from the database with the plan
 * on every request and moved on in the same transaction as any change ({@link PlanRevisions}), so
 * a change committed by any instance is shown at once; the dates (including today, which moves
 * "overdue" and "due soon"); and whether the reader may manage the plan. Nothing personal is in
 * the body: the header, the notice and any form with a CSRF token are rendered per request.
 * Bounded by the characters kept ({@code oversight.plan.dashboard-cache-size}, {@code 0} keeps none).
 */
@Component
class DashboardBodies {
    private static final String TEMPLATE = "plan/dashboard-body :: body";
    private final Cache<Key, String> kept;
    private final ObjectProvider<ViewResolver> views;
    private final EntityManager entityManager;

    /** The view resolver is looked up when a page is rendered: the command line runs without one. */
    DashboardBodies(@Value("${oversight.plan.dashboard-cache-size:32MB}") DataSize size,
                    @Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> views, EntityManager entityManager) {
        this.views = views;
        this.entityManager = entityManager;
        this.kept = Caffeine.newBuilder().maximumWeight(size.toBytes()).weigher((Key k, String body) -> body.length())
                .expireAfterAccess(Duration.ofHours(1)).build();
    }

    /**
     * Everything a dashboard body depends on. {@code since} is the date asked for, or null for the
     * default (a month before the round before {@code asAt}), which the plan's revision covers.
     */
    record Key(long plan, long revision, LocalDate asAt, LocalDate since, LocalDate today, boolean canManage) {
        static Key of(ActionPlan plan, LocalDate asAt, LocalDate since, LocalDate today, boolean canManage) {
            return new Key(plan.getId(), plan.getRevision(), asAt, since, today, canManage);
        }
    }

    /**
     * The kept body for the key, or the model rendered now (and kept) when there is none. A
     * request whose own transaction has changed something renders afresh and keeps nothing: its
     * page shows what no one else may see yet, and the revision has not moved.
     */
    String body(Key key, Supplier<Map<String, ?>> model, HttpServletRequest request, HttpServletResponse response) {
        if (PlanRevisions.uncommittedChanges(entityManager)) {
            return render(model.get(), request, response);
        }
        return kept.get(key, k -> render(model.get(), request, response));
    }

    /**
     * The body with every character beyond ASCII written as a character reference ({@code ●} as
     * {@code &#9679;}): the same page to a browser, half the memory to keep (one byte a character),
     * and written out without the slow path of the UTF-8 encoder. The body holds no script or
     * style, where a reference would be read literally.
     */
    static String asciiOnly(String html) {
        int n = html.length();
        int i = 0;
        while (i < n && html.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            return html;
        }
        StringBuilder out = new StringBuilder(n + 256).append(html, 0, i);
        while (i < n) {
            char c = html.charAt(i);
            if (c < 128) {
                out.append(c);
                i++;
            } else {
                int codePoint = html.codePointAt(i);
                out.append("&#").append(codePoint).append(';');
                i += Character.charCount(codePoint);
            }
        }
        return out.toString();
    }

    private String render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
        try {
            View view = views.getObject().resolveViewName(TEMPLATE, request.getLocale());
            CapturedPage page = new CapturedPage(response);
            view.render(model, request, page);
            return asciiOnly(page.text());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not render the dashboard of plan " + model.get("plan"), e);
        }
    }
}
