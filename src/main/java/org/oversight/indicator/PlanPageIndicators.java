package org.oversight.indicator;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.plan.ActionRepository;
import org.oversight.plan.Recommendation;
import org.oversight.plan.RecommendationRepository;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds {@code linkedIndicators} to the plan's action and recommendation pages for signed-in
 * users, so their templates can include {@code indicator/fragments :: linked} without the plan
 * feature depending on this one.
 */
@ControllerAdvice(basePackages = "org.oversight.plan")
class PlanPageIndicators {
    private static final Pattern ACTION = Pattern.compile("/actions/(\\d{1,18})");
    private static final Pattern RECOMMENDATION = Pattern.compile("/plans/(\\d{1,18})/recommendations/(\\d{1,18})");
    private final IndicatorLinks links;
    private final RecommendationRepository recommendations;
    private final ActionRepository actions;
    private final IndicatorAccess access;

    PlanPageIndicators(IndicatorLinks links, RecommendationRepository recommendations, ActionRepository actions,
                       IndicatorAccess access) {
        this.links = links;
        this.recommendations = recommendations;
        this.actions = actions;
        this.access = access;
    }

    /** Where a plan manager links an indicator from this action or recommendation page; null for others. */
    @ModelAttribute("indicatorLinkHref")
    String indicatorLinkHref(HttpServletRequest request, Authentication auth) {
        if (!"GET".equals(request.getMethod()) || !access.canManage(auth)) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher rec = RECOMMENDATION.matcher(path);
        if (rec.matches()) {
            return "/plans/" + rec.group(1) + "/indicators/link?recommendation=" + rec.group(2);
        }
        Matcher action = ACTION.matcher(path);
        if (action.matches()) {
            return actions.findById(Long.parseLong(action.group(1))).map(a -> "/plans/"
                    + a.getRecommendation().getPlan().getId() + "/indicators/link?recommendation="
                    + a.getRecommendation().getId() + "&action=" + a.getId()).orElse(null);
        }
        return null;
    }

    @ModelAttribute("linkedIndicators")
    List<LinkedIndicator> linkedIndicators(HttpServletRequest request, Authentication auth) {
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !"GET".equals(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher action = ACTION.matcher(path);
        if (action.matches()) {
            return links.forAction(Long.parseLong(action.group(1)));
        }
        Matcher rec = RECOMMENDATION.matcher(path);
        if (rec.matches()) {
            return recommendations.findById(Long.parseLong(rec.group(2)))
                    .map(r -> links.forActions(actionIds(r))).orElse(null);
        }
        return null;
    }

    private static List<Long> actionIds(Recommendation recommendation) {
        return recommendation.activeActions().stream().map(org.oversight.plan.Action::getId).toList();
    }
}
