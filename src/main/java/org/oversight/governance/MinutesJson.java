package org.oversight.governance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The minutes JSON of the fixed interface, with the follow-ups and work programme changes added. */
final class MinutesJson {
    private MinutesJson() {
    }

    static Map<String, Object> of(ReadMinutes minutes) {
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("board", minutes.board());
        meeting.put("date", minutes.date() == null ? null : minutes.date().toString());
        meeting.put("present", minutes.present());
        meeting.put("apologies", minutes.apologies());
        meeting.put("substitutes", minutes.substitutes());
        meeting.put("officers", minutes.officers());
        meeting.put("venue", minutes.venue());
        meeting.put("started", minutes.startedAt() == null ? null : minutes.startedAt().toString());
        meeting.put("finished", minutes.finishedAt() == null ? null : minutes.finishedAt().toString());
        List<Map<String, Object>> items = minutes.items().stream().map(MinutesJson::item).toList();
        List<Map<String, Object>> followUps = MinuteAsks.followUps(minutes).stream().map(a -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("minute", a.minuteNumber());
            f.put("request", a.request());
            f.put("owner", a.owner());
            f.put("due", a.dueDate() == null ? a.dueNote() : a.dueDate().toString());
            f.put("exempt", a.exempt());
            return f;
        }).toList();
        List<Map<String, Object>> programme = MinuteAsks.programmeChanges(minutes).stream().map(c -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("title", c.title());
            p.put("from", c.from() == null ? null : c.from().toString());
            p.put("to", c.to() == null ? null : c.to().toString());
            return p;
        }).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("meeting", meeting);
        json.put("items", items);
        json.put("followUps", followUps);
        json.put("workProgramme", programme);
        json.put("warnings", minutes.warnings().stream().map(w -> {
            Map<String, Object> warning = new LinkedHashMap<>();
            warning.put("code", w.code());
            warning.put("line", w.line());
            warning.put("message", w.message());
            return warning;
        }).toList());
        return json;
    }

    private static Map<String, Object> item(ReadMinutes.Item item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", item.number());
        json.put("title", item.title());
        json.put("exempt", item.exempt());
        json.put("exemptParagraph", item.exemptParagraph());
        json.put("decisions", item.decisions().stream().map(d -> {
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("kind", d.kind().name());
            decision.put("text", d.text());
            decision.put("points", d.points());
            return decision;
        }).toList());
        return json;
    }
}
