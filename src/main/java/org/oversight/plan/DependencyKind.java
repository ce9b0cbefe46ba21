package org.oversight.plan;

/** What an action depends on. */
public enum DependencyKind {
    ACTION, WORKSTREAM, EXTERNAL
}
