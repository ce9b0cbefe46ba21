package org.oversight.notification.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.oversight.notification.Notification;
import org.oversight.notification.NotificationKind;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes plain, accessible emails: a clear subject, short sentences, each with the full
 * address of the page to act on, and how to change or stop these emails. The HTML
 * alternative says the same with headings and links, and nothing else.
 */
@Component
class MailWriter {
    private final MailProperties properties;

    MailWriter(MailProperties properties) {
        this.properties = properties;
    }

    MailMessage single(String to, Notification n) {
        String text = n.getBody() + "\n\nGo to it: " + url(n.getLink()) + "\n\n" + footer();
        String html = "<p>" + escape(n.getBody()) + "</p>\n" + link(n) + "\n" + htmlFooter();
        return new MailMessage(to, "Oversight: " + n.getSubject(), text, html);
    }

    /** One email for the day, grouped under a heading per kind of notification. */
    MailMessage digest(String to, List<Notification> notifications) {
        Map<NotificationKind, List<Notification>> groups = notifications.stream().collect(Collectors
                .groupingBy(Notification::getKind, () -> new java.util.TreeMap<>(), Collectors.toList()));
        StringBuilder text = new StringBuilder("Your Oversight summary: " + count(notifications.size()) + ".\n");
        StringBuilder html = new StringBuilder("<p>Your Oversight summary: " + count(notifications.size()) + ".</p>\n");
        new LinkedHashMap<>(groups).forEach((kind, items) -> {
            text.append("\n").append(kind.heading()).append("\n");
            html.append("<h2>").append(escape(kind.heading())).append("</h2>\n<ul>\n");
            items.forEach(n -> {
                text.append("- ").append(n.getBody()).append("\n  ").append(url(n.getLink())).append("\n");
                html.append("<li>").append(escape(n.getBody())).append(" ").append(link(n)).append("</li>\n");
            });
            html.append("</ul>\n");
        });
        text.append("\n").append(footer());
        html.append(htmlFooter());
        return new MailMessage(to, "Oversight: your daily summary, " + count(notifications.size()),
                text.toString(), html.toString());
    }

    private static String count(int n) {
        return n == 1 ? "1 notification" : n + " notifications";
    }

    private String link(Notification n) {
        return "<a href=\"" + escape(url(n.getLink())) + "\">" + escape(n.getSubject()) + "</a>";
    }

    private String footer() {
        return "To change how you get these emails, or stop them: " + url("/account/notifications");
    }

    private String htmlFooter() {
        return "<p><a href=\"" + escape(url("/account/notifications"))
                + "\">Change how you get these emails, or stop them</a></p>";
    }

    private String url(String path) {
        return properties.baseUrl().replaceAll("/+$", "") + path;
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}
