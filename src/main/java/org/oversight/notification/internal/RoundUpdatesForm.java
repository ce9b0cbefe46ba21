package org.oversight.notification.internal;

import java.util.ArrayList;
import java.util.List;
import org.oversight.plan.ActionStatus;
import org.oversight.plan.RagColour;

/** The one form on which a lead updates all their actions in a round: one entry per action. */
public class RoundUpdatesForm {
    private List<Entry> entries = new ArrayList<>();

    /** One action's section: blank text means "not updating this one now". */
    public static class Entry {
        private long actionId;
        private long version;
        private String text;
        private RagColour rag;
        private ActionStatus status;

        public Entry() {
        }

        Entry(long actionId, long version, ActionStatus status) {
            this.actionId = actionId;
            this.version = version;
            this.status = status;
        }

        boolean isBlank() { return text == null || text.isBlank(); }

        public long getActionId() { return actionId; }
        public void setActionId(long actionId) { this.actionId = actionId; }
        public long getVersion() { return version; }
        public void setVersion(long version) { this.version = version; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public RagColour getRag() { return rag; }
        public void setRag(RagColour rag) { this.rag = rag; }
        public ActionStatus getStatus() { return status; }
        public void setStatus(ActionStatus status) { this.status = status; }
    }

    public List<Entry> getEntries() { return entries; }
    public void setEntries(List<Entry> entries) { this.entries = entries; }
}
