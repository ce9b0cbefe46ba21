package org.oversight.notification.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems on a round's update form, each tied to the field it is about, listed per action. */
public class RoundProblems {
    /** One problem: the id of the field to link to, and what to do. */
    public record Problem(String fieldId, String message) {
    }

    private final List<Problem> all = new ArrayList<>();
    private final Map<String, String> byField = new LinkedHashMap<>();

    void add(String fieldId, String message) {
        all.add(new Problem(fieldId, message));
        byField.put(fieldId, message);
    }

    public boolean isEmpty() { return all.isEmpty(); }
    public List<Problem> getAll() { return List.copyOf(all); }
    public boolean has(String fieldId) { return byField.containsKey(fieldId); }
    public String of(String fieldId) { return byField.get(fieldId); }
}
