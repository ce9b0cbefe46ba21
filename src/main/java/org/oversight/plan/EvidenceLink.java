package org.oversight.plan;

import jakarta.persistence.Embeddable;

/** A link to, or name of, a piece of evidence behind a progress update. */
@Embeddable
public class EvidenceLink {
    private String label;
    private String url;

    protected EvidenceLink() {
    }

    public EvidenceLink(String label, String url) {
        this.label = Organisation.requireText(label, "Evidence needs a name");
        this.url = url == null || url.isBlank() ? null : url.strip();
    }

    public String getLabel() { return label; }
    public String getUrl() { return url; }
}
