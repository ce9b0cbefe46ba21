package org.oversight.demo;

import org.oversight.plan.Priority;

/**
 * One action of the demo plan as the plan's table gives it. Leads are demo keys joined by "/",
 * as officers join several leads; the start month is counted from the start of the plan.
 */
record DemoActionRow(String reference, String recommendation, String description, String outcomes,
                     String measures, Priority priority, int startMonth, DemoTimescale timescale, String leads) {
}
