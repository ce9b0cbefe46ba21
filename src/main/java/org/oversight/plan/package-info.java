/**
 * The living action plan: plans, workstreams, recommendations, actions, their leads,
 * progress updates and deadline history, and the status each action earns from its facts.
 * This base package is the feature's public API.
 */
package org.oversight.plan;
