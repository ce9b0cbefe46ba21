package org.oversight.plan;

import jakarta.persistence.Embeddable;

/**
 * A link to, or name of, a piece of evidence behind a progress update. A link is a web address
 * ({@code http}, {@code https}) or an e-mail address ({@code mailto}); any other scheme
 * ({@code javascript:}, {@code data:}, {@code file:}) is refused, so no link a person writes can
 * run in, or reach into, another reader's browser.
 */
@Embeddable
public class EvidenceLink {
    /** Where a form or the API says what is wrong with a link. */
    public static final String ALLOWED_LINK = "^\\s*$|^\\s*(?i:https?://|mailto:)\\S[^\\p{Cntrl}]*$";
    public static final String LINK_REFUSED = "must be a web address starting http:// or https://, or an e-mail address starting mailto:";
    private static final java.util.regex.Pattern ALLOWED = java.util.regex.Pattern.compile(ALLOWED_LINK);

    private String label;
    private String url;

    protected EvidenceLink() {
    }

    public EvidenceLink(String label, String url) {
        this.label = Organisation.requireText(label, "Evidence needs a name");
        if (url != null && !allowed(url)) {
            throw new IllegalArgumentException("The evidence link " + LINK_REFUSED);
        }
        this.url = url == null || url.isBlank() ? null : url.strip();
    }

    /** Whether the text is empty or a link of an allowed scheme. */
    public static boolean allowed(String url) {
        return url == null || ALLOWED.matcher(url).matches();
    }

    public String getLabel() { return label; }
    public String getUrl() { return url; }

    /** The link to show as one, or null when it is not one (a link stored before schemes were checked). */
    public String getSafeUrl() { return url != null && allowed(url) ? url : null; }
}
