package org.oversight.importing;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void show() throws Exception {
        for (String f : new String[] {"2009-scrutiny-minutes-and-laming-action-plan.txt", "2012-ofsted-workstream-action-plan.txt", "2009-laming-recommendations-and-council-response.txt"}) {
            PlanReading r = ExampleDocuments.read(f, ImportOptions.none());
            var p = r.plan();
            System.out.println("=== " + f + " title=" + p.plan().title() + " period=" + p.plan().periodStart() + ".." + p.plan().periodEnd() + " asAt=" + p.plan().asAt() + " phases=" + r.phases());
            p.workstreams().forEach(w -> System.out.println("WS " + w.number() + " | " + w.title() + " | " + w.lead() + " | aim=" + w.keyAim() + " | kds=" + w.deliverables().size()));
            p.recommendations().forEach(rec -> {
                System.out.println("REC " + rec.number() + " ws=" + rec.workstream() + " theme=" + rec.theme() + " : " + cut(rec.text()) + (rec.response() == null ? "" : " || RESP " + cut(rec.response())));
                rec.actions().forEach(a -> System.out.println("   " + a.ref() + " " + cut(a.description()) + " | leads=" + a.leads() + " | " + a.priority() + " | start=" + a.start() + " | ts=" + a.timescale().text() + "->" + a.timescale().kind() + " " + a.timescale().due() + " | deps=" + a.dependsOn() + " | prog=" + a.progress().size() + (a.progress().isEmpty() ? "" : " " + a.progress().get(0).asAt())));
            });
            r.warnings().stream().collect(java.util.stream.Collectors.groupingBy(ImportWarning::code, java.util.stream.Collectors.counting())).forEach((k, v) -> System.out.println("WARN " + k + " x" + v));
            r.warnings().stream().filter(w -> !w.code().equals("JOINED_ROW")).limit(25).forEach(w -> System.out.println("  W " + w));
        }
    }

    static String cut(String s) {
        s = s == null ? "" : s.replace("\n", " ¶ ");
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
