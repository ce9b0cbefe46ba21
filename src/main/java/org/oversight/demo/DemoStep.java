package org.oversight.demo;

import org.oversight.plan.ActionStatus;
import org.oversight.plan.RagColour;

/** One milestone in an action's story: the round it was reported in, what was said, the RAG and status then. */
record DemoStep(int round, RagColour rag, ActionStatus status, String text, String evidence) {

    static DemoStep green(int round, String text) {
        return new DemoStep(round, RagColour.GREEN, ActionStatus.IN_PROGRESS, text, null);
    }

    static DemoStep amber(int round, String text) {
        return new DemoStep(round, RagColour.AMBER, ActionStatus.IN_PROGRESS, text, null);
    }

    static DemoStep red(int round, String text) {
        return new DemoStep(round, RagColour.RED, ActionStatus.IN_PROGRESS, text, null);
    }

    static DemoStep notStarted(int round, RagColour rag, String text) {
        return new DemoStep(round, rag, ActionStatus.NOT_STARTED, text, null);
    }

    static DemoStep waiting(int round, String text) {
        return new DemoStep(round, RagColour.AMBER, ActionStatus.WAITING, text, null);
    }

    static DemoStep done(int round, String text) {
        return new DemoStep(round, RagColour.BLUE, ActionStatus.COMPLETE, text, null);
    }

    /** The same step with a named piece of evidence behind it. */
    DemoStep citing(String evidenceLabel) {
        return new DemoStep(round, rag, status, text, evidenceLabel);
    }
}
