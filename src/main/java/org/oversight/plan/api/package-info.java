/**
 * The JSON API over plans and actions under {@code /api}, documented with OpenAPI at
 * {@code /api/docs}. Internal to the plan feature.
 */
package org.oversight.plan.api;
