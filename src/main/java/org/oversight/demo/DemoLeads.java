package org.oversight.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.oversight.plan.Lead;
import org.oversight.plan.Organisation;

/** The saved leads of the demo, found by the short keys the content tables use. */
record DemoLeads(Map<String, Lead> byKey, Organisation council) {

    Lead get(String key) {
        Lead lead = byKey.get(key);
        if (lead == null) {
            throw new IllegalStateException("The demo content names an unknown lead: " + key);
        }
        return lead;
    }

    /** Leads written as the plans write them: "hosfd/police/nnsc". */
    List<Lead> all(String keys) {
        return Arrays.stream(keys.split("/")).map(this::get).toList();
    }
}
