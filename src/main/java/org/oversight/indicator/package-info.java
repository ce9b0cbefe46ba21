/**
 * Performance indicators: their definitions, the values published for each reporting period
 * with targets and comparators, the integrity checks every entry and import passes through,
 * status against target and direction of travel, charts drawn as SVG, and the links between
 * indicators and the plan actions whose outcomes they measure.
 * This base package is the feature's public API.
 */
package org.oversight.indicator;
