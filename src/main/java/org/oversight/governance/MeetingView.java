package org.oversight.governance;

import java.util.List;

/** A meeting with the items a particular reader may see, and how many are withheld from them. */
public record MeetingView(Meeting meeting, List<AgendaItem> items, long withheld) {
}
