package org.oversight.plan;

/** The kind of body that owns a plan or leads an action. */
public enum OrganisationKind {
    COUNCIL, NHS, POLICE, SCHOOL, NATIONAL, OTHER
}
