package org.oversight.plan;

import org.springframework.security.core.Authentication;

/**
 * Who reads a plan because its council shared it with a group they advise or belong to, told by
 * the feature that keeps what councils share. Such readers read the plan; they never change it
 * and never see more of it than anyone reading a published plan does.
 */
public interface SharedPlanReaders {
    boolean sharedWith(Authentication auth, ActionPlan plan);
}
